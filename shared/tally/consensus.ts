/**
 * Consensus check by fist-to-five, before a resolution (มติที่ประชุม).
 *
 * Definition: each participant shows 0 (fist) to 5 (full support), or declares a "block" — a
 * stated objection that stops the resolution; a concern may be written down with any vote.
 * Consensus is reached when there is at least one vote, no block, and every 0–5 vote is at
 * least `minimum` (default 3: "I can live with it"). The mean is taken over the 0–5 votes only
 * (a block is not a number); the sum is given too so the mean can be checked exactly. The
 * distribution counts every value 0–5 and the blocks.
 */
import { zodErrors } from './profile';
import { type Checked, type ConsensusResult, ConsensusInput, MAX_TOTAL } from './types';

export function prepareConsensus(json: unknown): Checked<ConsensusInput> {
  const parsed = ConsensusInput.safeParse(json);
  if (!parsed.success) return { ok: false, errors: zodErrors(parsed.error.issues) };
  const total = parsed.data.votes.reduce((a, v) => a + v.count, 0);
  if (total > MAX_TOTAL) return { ok: false, errors: [{ ballot: null, path: 'votes', reason: `more than ${MAX_TOTAL} votes in one tally` }] };
  return { ok: true, value: parsed.data };
}

/** Tallies checked input (prepareConsensus). */
export function consensus(input: ConsensusInput): ConsensusResult {
  const counts = new Array<number>(6).fill(0);
  let blocks = 0;
  let sum = 0;
  let belowMinimum = 0;
  const concerns: ConsensusResult['concerns'] = [];
  input.votes.forEach((vote, k) => {
    if (vote.value === 'block') blocks += vote.count;
    else {
      counts[vote.value] = (counts[vote.value] as number) + vote.count;
      sum += vote.value * vote.count;
      if (vote.value < input.minimum) belowMinimum += vote.count;
    }
    if (vote.count > 0 && (vote.value === 'block' || (vote.concern !== undefined && vote.concern.trim() !== ''))) {
      concerns.push({ vote: k, participant: vote.participant ?? null, value: vote.value, concern: vote.concern?.trim() || null });
    }
  });
  const numeric = counts.reduce((a, c) => a + c, 0);
  const votes = numeric + blocks;
  const reasons: ConsensusResult['reasons'] = [];
  if (votes === 0) reasons.push('no_votes');
  if (blocks > 0) reasons.push('block');
  if (belowMinimum > 0) reasons.push('below_minimum');
  return {
    method: 'consensus',
    consensus: reasons.length === 0,
    minimum: input.minimum,
    votes,
    blocks,
    belowMinimum,
    distribution: [...counts.map((count, value) => ({ value, count })), { value: 'block' as const, count: blocks }],
    mean: numeric > 0 ? sum / numeric : null,
    sum,
    concerns,
    reasons,
  };
}

export function tallyConsensus(json: unknown): Checked<ConsensusResult> {
  const input = prepareConsensus(json);
  return input.ok ? { ok: true, value: consensus(input.value) } : input;
}
