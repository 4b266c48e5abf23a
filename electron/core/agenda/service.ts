/** Handlers for the agenda.* operations. */
import type { Context } from '../context';
import type { HandlersFor } from '../handlers';

export function agendaService(_ctx: Context): HandlersFor<'agenda'> {
  return {};
}
