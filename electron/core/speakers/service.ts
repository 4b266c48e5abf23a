/** Handlers for the speakers.* operations. */
import type { Context } from '../context';
import type { HandlersFor } from '../handlers';

export function speakersService(_ctx: Context): HandlersFor<'speakers'> {
  return {};
}
