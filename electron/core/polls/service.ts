/** Handlers for the polls.* operations. */
import type { Context } from '../context';
import type { HandlersFor } from '../handlers';

export function pollsService(_ctx: Context): HandlersFor<'polls'> {
  return {};
}
