/**
 * The port the local host listens on, kept from one launch to the next for the same database, so
 * a restarted host comes back at the same address: the pages still open in the browser can then
 * take its new token (renderer/api/token.ts) and keep what was typed in them. A port taken by
 * something else meanwhile gives way to a free one, which is remembered instead.
 */
import fs from 'node:fs';
import type { Host } from './host';

/** Next to the database, like its backups folder: `<db>.port`. */
export const portFileOf = (dbPath: string) => `${dbPath}.port`;

function rememberedPort(file: string): number {
  try {
    const port = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isInteger(port) && port > 0 && port < 65536 ? port : 0;
  } catch {
    return 0;
  }
}

/** Starts the host on `port` if given, else on the port remembered in `file` (or any), and remembers it. */
export async function startAtRememberedPort(file: string, port: number | undefined, start: (port: number) => Promise<Host>): Promise<Host> {
  if (port !== undefined) return start(port);
  const wanted = rememberedPort(file);
  let host: Host;
  try {
    host = await start(wanted);
  } catch (error) {
    if (wanted === 0 || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    host = await start(0);
  }
  try {
    fs.writeFileSync(file, `${new URL(host.url).port}\n`);
  } catch {
    // A read-only folder: the host still runs, only a restart may land on another address.
  }
  return host;
}
