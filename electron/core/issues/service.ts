/** Handlers for the issues.* operations. */
import type { Context } from '../context';
import type { HandlersFor } from '../handlers';

export function issuesService(_ctx: Context): HandlersFor<'issues'> {
  return {};
}
