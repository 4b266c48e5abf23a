/**
 * Type-ahead over the forum's attendees: a number finds the badge (exact first, then numbers
 * starting with it), text finds part of a name, title prefix included or not.
 */
import { normalizeForSearch } from '../../shared/domain/thai-text';
import type { Participant } from '../api/queries/speakers';

export function matchRoster(roster: readonly Participant[], query: string, limit: number): Participant[] {
  const q = normalizeForSearch(query.replace(/^#/, ''));
  if (!q) return [];
  const scored: { p: Participant; score: number }[] = [];
  for (const p of roster) {
    const score = scoreOf(p, q);
    if (score > 0) scored.push({ p, score });
  }
  // Those in the room before those registered but not arrived: they are the ones raising hands.
  return scored
    .sort((a, b) => b.score - a.score || Number(b.p.checkedIn) - Number(a.p.checkedIn) || a.p.number - b.p.number)
    .slice(0, limit)
    .map((s) => s.p);
}

function scoreOf(p: Participant, q: string): number {
  if (/^\d+$/.test(q)) {
    const number = String(p.number);
    if (number === q) return 4;
    return number.startsWith(q) ? 3 : 0;
  }
  const name = normalizeForSearch(p.name);
  if (name.startsWith(q)) return 2;
  return name.includes(q) ? 1 : 0;
}
