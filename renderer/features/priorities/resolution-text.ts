/**
 * The resolution (มติที่ประชุม) recorded when a poll's ranking is adopted as the priority list,
 * always in Thai since it goes into the official minutes: the method, the count, the tie rule
 * (and how a tie was settled), then the issues in order. The ranks follow the host's rule
 * (shared/contract/priorities.ts): only issue options, competition ranks among them.
 */
import type { TFunction } from 'i18next';
import { methodChoice, tieRuleText } from '../../i18n/poll-text';
import type { Poll, PollResults } from '../../api/queries/polls';

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
