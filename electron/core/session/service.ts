/** Handlers for the session.* operations (the .wethi session file). OWNED BY the session helper. */
import type { Context } from '../context';

export function sessionService(_ctx: Context) {
  return {};
}
