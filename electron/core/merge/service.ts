/** Handlers for the merge.* operations (village forums into a tambon forum). OWNED BY the merge helper. */
import type { Context } from '../context';

export function mergeService(_ctx: Context) {
  return {};
}
