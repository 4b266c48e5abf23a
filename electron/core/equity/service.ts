/** Handlers for the equity.* operations. */
import type { Context } from '../context';
import type { HandlersFor } from '../handlers';

export function equityService(_ctx: Context): HandlersFor<'equity'> {
  return {};
}
