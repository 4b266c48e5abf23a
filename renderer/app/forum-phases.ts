/**
 * The forum page's tabs grouped by the phases of a forum, in the order the work goes:
 * register → deliberate → decide → report. The open phase shows its tabs; the others fold to
 * one tab each, so the whole navigation is one row on a 1366-px laptop.
 */
import type { ForumTab } from '../ui/route';

export const FORUM_PHASES = [
  { phase: 'register', tabs: ['checkin', 'participants', 'import', 'representation'] },
  { phase: 'deliberate', tabs: ['agenda', 'issues', 'notes', 'speakers', 'groups', 'equity'] },
  { phase: 'decide', tabs: ['polls', 'room', 'plan', 'agreements'] },
  { phase: 'report', tabs: ['followup', 'minutes', 'merge', 'details'] },
] as const satisfies readonly { phase: string; tabs: readonly ForumTab[] }[];

export type ForumPhase = (typeof FORUM_PHASES)[number]['phase'];

export function phaseOf(tab: ForumTab): ForumPhase {
  return FORUM_PHASES.find((p) => (p.tabs as readonly ForumTab[]).includes(tab))?.phase ?? 'register';
}

/** Every tab in exactly one phase, in FORUM_TABS order (checked by a unit test). */
export const PHASED_TABS: readonly ForumTab[] = FORUM_PHASES.flatMap((p) => p.tabs);
