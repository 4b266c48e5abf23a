/** Handlers for the projector.* operations. */
import type { Context } from '../context';
import type { HandlersFor } from '../handlers';

export function projectorService(_ctx: Context): HandlersFor<'projector'> {
  return {};
}
