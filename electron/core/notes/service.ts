/** Handlers for the notes.* operations. */
import type { Context } from '../context';
import type { HandlersFor } from '../handlers';

export function notesService(_ctx: Context): HandlersFor<'notes'> {
  return {};
}
