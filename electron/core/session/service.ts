/** Handlers for the session.* operations: the .wethi session file (docs/session-file.md). */
import type { Context } from '../context';
import type { HandlersFor } from '../handlers';
import { buildSessionFile, countsOf, fileNameOf } from './export';
import { importSessionFile } from './import';

export function sessionService(ctx: Context): HandlersFor<'session'> {
  return {
    'session.export': ({ forumId, includeSensitive }) => {
      const file = buildSessionFile(ctx, forumId, includeSensitive);
      return {
        fileName: fileNameOf(file.data.forum.title, file.data.forum.date),
        content: `${JSON.stringify(file, null, 2)}\n`,
        checksum: file.checksum,
        sensitive: file.sensitive,
        counts: countsOf(file.data),
      };
    },
    'session.import': ({ content }) => importSessionFile(ctx, content),
  };
}
