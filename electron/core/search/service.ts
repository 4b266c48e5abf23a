/** Handlers for the search.* operations. */
import type { Context } from '../context';
import type { HandlersFor } from '../handlers';

export function searchService(_ctx: Context): HandlersFor<'search'> {
  return {};
}
