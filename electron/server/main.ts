/**
 * `npm run start:web`: the core and the local host in one Node process, the UI in a browser.
 * Flags: --db FILE, --port N (default: the port of the last launch on this database, else any
 * free one), --no-open. Prints the URL (with its token) on stdout.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../core/app';
import { roomServer } from '../room/server';
import { defaultDbPath } from '../core/paths';
import { startHost } from './host';
import { portFileOf, startAtRememberedPort } from './port';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    port: { type: 'string' },
    'no-open': { type: 'boolean', default: false },
    static: { type: 'string' },
  },
});

const dbPath = values.db ?? defaultDbPath();
// The room (phones on the hall's network) listens only when the facilitator opens it.
const core = await createCore({ dbPath, roomServer: roomServer() });
const staticDir = values.static ?? path.resolve(import.meta.dirname, '../../out/renderer');
// Without --port: the port of the last launch on this database, so pages left open can reconnect.
const host = await startAtRememberedPort(portFileOf(core.dbPath), values.port ? Number(values.port) : undefined, (port) =>
  startHost({ core, port, staticDir }),
);

console.log(`Wethi is running at ${host.launchUrl}`);
console.log(`Database: ${core.dbPath}`);
console.log('Open that address in a browser on this computer. Press Ctrl+C to stop.');
if (!values['no-open']) openBrowser(host.launchUrl);

const stop = async () => {
  await host.close();
  core.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

function openBrowser(url: string): void {
  const [command, args] =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '""', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', () => console.log('(Could not open a browser by itself; open the address above.)'));
  child.unref();
}
