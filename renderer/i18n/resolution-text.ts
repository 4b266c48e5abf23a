/**
 * The resolution (มติที่ประชุม) recorded when a poll's ranking is adopted as the priority list,
 * always in Thai since it goes into the official minutes: the method, the count, the tie rule
 * (and how a tie was settled), then the issues in order. The ranks follow the host's rule
 * (shared/contract/priorities.ts): only issue options, competition ranks among them.
 */
import type { TFunction } from 'i18next';
import { methodChoice, tieRuleText } from './poll-text';
import type { Poll, PollResults } from '../api/queries/polls';

export interface AdoptedItem {
  rank: number;
  title: string;
}

/** The issue options in list order with their ranks, as the host will store them. */
export function adoptedItems(poll: Poll, results: PollResults): AdoptedItem[] {
  const issueOf = new Map(poll.options.map((o) => [o.id, o.issueMissing ? null : o.issueId]));
  const tb = results.tieBreak;
  const drawn = tb && tb.stage === 'winner' && tb.status === 'decided' ? (tb.draw ?? [tb.chosen ?? '', ...tb.tied.filter((x) => x !== tb.chosen)]) : [];
  const place = (id: string) => (drawn.indexOf(id) === -1 ? drawn.length : drawn.indexOf(id));
  const ordered = [...results.ranking].sort((a, b) => a.rank - b.rank || (a.rank === 1 ? place(a.optionId) - place(b.optionId) : 0));
  const seen = new Set<string>();
  const kept: { pollRank: number; title: string }[] = [];
  for (const e of ordered) {
    const issueId = issueOf.get(e.optionId);
    if (!issueId || seen.has(issueId)) continue;
    seen.add(issueId);
    kept.push({ pollRank: e.rank, title: e.label });
  }
  return kept.map((k) => ({ rank: 1 + kept.filter((o) => o.pollRank < k.pollRank).length, title: k.title }));
}

export function resolutionText(th: TFunction, poll: Poll, results: PollResults): string {
  const tb = results.tieBreak;
  const label = (id: string) => results.ranking.find((e) => e.optionId === id)?.label ?? id;
  const settled =
    results.tie && tb && tb.status === 'decided' && tb.chosen !== null
      ? th(tb.rule === 'lottery' ? 'polls.resolution.tieDrawn' : 'polls.resolution.tieCast', { tied: tb.tied.map(label).join(', '), option: label(tb.chosen), seed: tb.seed ?? '' })
      : '';
  const head = th('polls.resolution.head', {
    title: poll.title,
    method: th(`polls.method.${methodChoice(results.method, results.mode)}`),
    count:
      results.method === 'score_matrix'
        ? th('polls.resolution.sheets', { n: results.ballotCount })
        : th('polls.resolution.ballots', { n: results.ballotCount, eligible: results.eligibleCount }),
    tieRule: tieRuleText(th, results.tieRule),
    settled,
  });
  const lines = adoptedItems(poll, results).map((i) => `${i.rank}. ${i.title}`);
  return [head, ...lines].join('\n');
}

/** Whether a motion or consensus check has an outcome a resolution can record. */
export function motionDecided(results: PollResults): boolean {
  if (results.yesNo) return results.yesNo.cast > 0 && ['carried', 'not_carried', 'no_quorum'].includes(results.yesNo.outcome);
  if (results.consensus) return results.consensus.votes > 0;
  return false;
}

/**
 * A motion's or consensus check's outcome as the resolution's first draft, in Thai for the
 * minutes: what was decided, then the count as the room gave it. The facilitator edits it.
 */
export function motionResolutionText(th: TFunction, poll: Poll, results: PollResults): string {
  const title = poll.title;
  const y = results.yesNo;
  if (y) {
    const counts = th('polls.makeResolution.yesNoCounts', { yes: y.yes, no: y.no, abstain: y.abstain, present: y.present });
    const cast = y.tieBreak?.status === 'decided' && y.tieBreak.chosen ? th('polls.makeResolution.tieCast', { choice: th(`polls.yesNo.${y.tieBreak.chosen === 'yes' ? 'yes' : 'no'}`) }) : '';
    if (y.outcome === 'no_quorum') return th('polls.makeResolution.noQuorum', { title, present: y.present, quorum: y.quorum });
    return `${th(y.outcome === 'carried' ? 'polls.makeResolution.carried' : 'polls.makeResolution.notCarried', { title })} ${counts}${cast}`;
  }
  const c = results.consensus;
  if (!c) return '';
  const mean = c.mean === null ? '—' : String(Math.round(c.mean * 100) / 100);
  if (c.consensus) return th('polls.makeResolution.consensus', { title, votes: c.votes, mean });
  const reasons = c.reasons
    .filter((r) => r !== 'no_votes')
    .map((r) => th(`polls.consensus.reason.${r}`, { n: r === 'block' ? c.blocks : c.belowMinimum, minimum: c.minimum }))
    .join(' และ');
  const concerns = c.concerns.filter((x) => x.concern).map((x) => `- ${x.value === 'block' ? th('polls.consensus.block') : x.value}: ${x.concern}`);
  return [th('polls.makeResolution.noConsensus', { title, votes: c.votes, reasons }), ...(concerns.length > 0 ? [th('polls.makeResolution.concerns'), ...concerns] : [])].join('\n');
}
