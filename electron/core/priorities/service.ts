/** Handlers for the priorities.* operations. */
import type { Context } from '../context';
import type { HandlersFor } from '../handlers';

export function prioritiesService(_ctx: Context): HandlersFor<'priorities'> {
  return {};
}
