/**
 * What a result says about ties, for the tie panel and the ranking table: the casting-vote
 * decisions on record (an IRV elimination decided by the chair is in its round, not in the
 * result's `tieBreak`, which only holds a tie still open or a tie for first place), and the
 * badge each option carries: only options really tied are marked tied.
 */
import type { PollResults } from '../../api/queries/polls';

export interface CastingDecision {
  stage: 'winner' | 'elimination';
  round: number | null;
  tied: string[];
  chosen: string;
}

export function castingDecisions(results: Pick<PollResults, 'rounds' | 'tieBreak'>): CastingDecision[] {
  const out: CastingDecision[] = [];
  for (const r of results.rounds ?? []) {
    const tb = r.elimination?.tieBreak;
    if (tb && tb.rule === 'casting_vote' && tb.status === 'decided' && tb.chosen !== null) out.push({ stage: 'elimination', round: r.round, tied: tb.tied, chosen: tb.chosen });
  }
  const tb = results.tieBreak;
  if (tb && tb.stage === 'winner' && tb.rule === 'casting_vote' && tb.status === 'decided' && tb.chosen !== null) {
    out.push({ stage: 'winner', round: tb.round ?? null, tied: tb.tied, chosen: tb.chosen });
  }
  return out;
}

/**
 * - `winner` / `leader`: first alone (leader while votes still come in, or when the count
 *   stopped on a tie further down);
 * - `tiedFirst`: tied for first place; `chosen`: the one the tie rule picked among them;
 * - `tiedWaiting`: in a tie the count is waiting on (an IRV elimination), not tied for first.
 */
export type RankBadge = 'winner' | 'leader' | 'tiedFirst' | 'chosen' | 'tiedWaiting';

export function rankBadges(results: Pick<PollResults, 'status' | 'winners' | 'ranking' | 'tieBreak' | 'ballotCount'>): Map<string, RankBadge> {
  const badges = new Map<string, RankBadge>();
  if (results.ballotCount === 0) return badges;
  const tb = results.tieBreak;
  const waiting = new Set(tb && tb.status !== 'decided' && tb.stage === 'elimination' ? tb.tied : []);
  if (results.winners.length > 1) {
    const chosen = tb && tb.stage === 'winner' && tb.status === 'decided' ? tb.chosen : null;
    for (const w of results.winners) badges.set(w.optionId, w.optionId === chosen ? 'chosen' : 'tiedFirst');
  } else if (results.winners.length === 1) {
    const [w] = results.winners;
    if (w) badges.set(w.optionId, results.status === 'open' ? 'leader' : 'winner');
  } else {
    for (const e of results.ranking) if (e.rank === 1 && !waiting.has(e.optionId)) badges.set(e.optionId, 'leader');
  }
  for (const id of waiting) badges.set(id, 'tiedWaiting');
  return badges;
}
