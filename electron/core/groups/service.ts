/** Handlers for the groups.* operations. */
import type { Context } from '../context';
import type { HandlersFor } from '../handlers';

export function groupsService(_ctx: Context): HandlersFor<'groups'> {
  return {};
}
