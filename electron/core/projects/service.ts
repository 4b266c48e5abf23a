/** Handlers for the projects.* operations. */
import type { Context } from '../context';
import type { HandlersFor } from '../handlers';

export function projectsService(_ctx: Context): HandlersFor<'projects'> {
  return {};
}
