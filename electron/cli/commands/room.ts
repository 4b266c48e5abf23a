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
import { roomServer } from '../../room/server';
import { EXIT, UsageError } from '../args';
import { DB_OPTION, defineCommand } from '../command';
import { invoke } from '../open-core';

/** Resolves on Ctrl+C or SIGTERM. */
const interrupted = () =>
  new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });

export const open = defineCommand({
  usage: '--db FILE --forum ID [--host ADDRESS] [--port N]',
  description: [
    "Opens the forum's room to phones on this computer's network and serves it until interrupted",
    '(Ctrl+C). Prints {"url", "code", "host", "port"} as one JSON line when it listens: put the url',
    'in a QR code, or show the address and the code. See docs/room.md.',
  ],
  args: {
    options: {
      ...DB_OPTION,
      forum: { type: 'string', value: 'ID', help: 'the forum', required: true },
      host: { type: 'string', value: 'ADDRESS', help: 'the IPv4 address to listen on (default: the likely LAN or hotspot address)' },
      port: { type: 'string', value: 'N', help: 'the port (default 8765; 0: any free port)', default: '8765' },
    },
  },
  async run({ values }, io) {
    const forumId = values.forum;
    const port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port > 65535) throw new UsageError(`--port ${values.port}: a whole number 0–65535`);
    const dbPath = path.resolve(values.db ?? defaultDbPath());
    if (!fs.existsSync(dbPath)) throw new AppError('not_found', 'error.database_missing', `database ${dbPath} does not exist`, { dbPath });
    // A room runs for hours: rolling backups as in the app.
    const core = await createCore({ dbPath, roomServer: roomServer() });
    try {
      const host = values.host ?? (await invoke(core, 'room.addresses', {})).suggested ?? '127.0.0.1';
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
});
