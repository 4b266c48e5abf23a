/**
 * `wethi room open`: runs a forum's room (phones on the hall's network) from the command line.
 * Prints `{ "url", "code", "host", "port" }` as one JSON line once the room listens, then serves
 * until interrupted (Ctrl+C, SIGTERM), when it closes the room and the database.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createCore } from '../../core/app';
import { AppError } from '../../core/errors';
import { defaultDbPath } from '../../core/paths';
import { listAddresses } from '../../core/room/addresses';
import { roomServer } from '../../room/server';
import { EXIT, UsageError, parseCommandArgs, required } from '../args';
import type { CommandGroup } from '../command';
import { invoke } from '../open-core';

const HELP = [
  'Usage: wethi room open --db FILE --forum ID [--host ADDRESS] [--port N]',
  '',
  "Opens the forum's room to phones on this computer's network and serves it until interrupted",
  '(Ctrl+C). Prints {"url", "code", "host", "port"} as one JSON line when it listens: put the url',
  'in a QR code, or show the address and the code. See docs/room.md.',
  '',
  "  --db FILE       the database file (default: the desktop app's own database)",
  '  --forum ID      the forum',
  '  --host ADDRESS  the IPv4 address to listen on (default: the likely LAN or hotspot address)',
  '  --port N        the port (default 8765; 0: any free port)',
].join('\n');

/** Resolves on Ctrl+C or SIGTERM. */
const interrupted = () =>
  new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });

export const roomCommands: CommandGroup = {
  name: 'room',
  summary: "run a forum's room for phones on the hall's network",
  commands: [
    {
      name: 'open',
      summary: "open a forum's room to phones and serve it until interrupted",
      help: HELP,
      async run(args, io) {
        const { values, positionals } = parseCommandArgs(args, { db: { type: 'string' }, forum: { type: 'string' }, host: { type: 'string' }, port: { type: 'string' } });
        if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}`);
        const forumId = required(values, 'forum');
        const port = values.port === undefined ? 8765 : Number(values.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port ${values.port}: a whole number 0–65535`);
        const host = (values.host as string | undefined) ?? listAddresses().suggested ?? '127.0.0.1';
        const dbPath = path.resolve((values.db as string | undefined) ?? defaultDbPath());
        if (!fs.existsSync(dbPath)) throw new AppError('not_found', 'error.database_missing', `database ${dbPath} does not exist`, { dbPath });
        // A room runs for hours: rolling backups as in the app.
        const core = await createCore({ dbPath, roomServer: roomServer() });
        try {
          const status = await invoke(core, 'room.open', { forumId, host, port });
          const room = status.room as NonNullable<typeof status.room>;
          io.out(`${JSON.stringify({ url: room.url, code: room.code, host: room.host, port: room.port })}\n`);
          await interrupted();
          await invoke(core, 'room.close', { forumId });
        } finally {
          core.close();
        }
        return EXIT.ok;
      },
    },
  ],
};
