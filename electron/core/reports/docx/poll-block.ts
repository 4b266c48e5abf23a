/**
 * One poll in the DOCX minutes, as the HTML template prints it (html/poll-section.ts): the
 * method, the tie rule agreed beforehand, ballots counted, the outcome and how a tie was
 * settled, then the results table (ranking, yes/no/abstain, or consensus levels).
 */
import type { FileChild } from 'docx';
import type { MinutesPoll, PollResults } from '../../../../shared/contract';
import { methodName } from '../html/poll-section';
import { TH } from '../html/strings-th';
import { tieRuleLabel } from '../tables/poll-tables';
import type { DocBlocks } from './blocks';
import type { PlainFormatter } from './format';

/** Option ids to labels, so a tie-break (which names ids) reads as the room saw it. */
function labeller(results: PollResults): (id: string) => string {
  const labels = new Map(results.ranking.map((e) => [e.optionId, e.label]));
  labels.set('yes', TH.yes);
  labels.set('no', TH.no);
  return (id) => labels.get(id) ?? id;
}

export function outcomeLines(results: PollResults): string[] {
  const label = labeller(results);
  const lines: string[] = [];
  if (results.yesNo) lines.push(TH.yesNoOutcome[results.yesNo.outcome]);
  else if (results.consensus) lines.push(TH.consensus(results.consensus.consensus));
  else if (results.ballotCount === 0) lines.push(TH.noVotes);
  else if (results.tie) lines.push(TH.tiedWinners(results.winners.map((w) => w.label).join(', ')));
  else if (results.winners.length > 0) lines.push(`${TH.winners}: ${results.winners.map((w) => w.label).join(', ')}`);
  const br = results.tieBreak;
  if (br) {
    if (br.status === 'awaiting_choice') lines.push(TH.tieAwaiting);
    else if (br.status === 'revote_required') lines.push(TH.tieRevote(br.tied.map(label).join(', ')));
    else if (br.chosen && br.rule === 'lottery') lines.push(TH.tieDrawn(label(br.chosen), String(br.seed ?? '')));
    else if (br.chosen) lines.push(TH.tieCast(label(br.chosen)));
  }
  return lines;
}

function resultsTable(results: PollResults, b: DocBlocks, fmt: PlainFormatter) {
  if (results.yesNo) {
    const y = results.yesNo;
    return b.table(
      [
        { header: TH.colOption, share: 0.7 },
        { header: TH.colVotes, share: 0.3, align: 'right' },
      ],
      [
        [TH.yes, fmt.num(y.yes)],
        [TH.no, fmt.num(y.no)],
        [TH.abstain, fmt.num(y.abstain)],
      ],
    );
  }
  if (results.consensus) {
    return b.table(
      [
        { header: TH.consensusValue, share: 0.7 },
        { header: TH.colVotes, share: 0.3, align: 'right' },
      ],
      results.consensus.distribution.map((d) => [d.value === 'block' ? TH.consensusBlock : String(d.value), fmt.num(d.count)]),
    );
  }
  if (results.ranking.length === 0) return null;
  return b.table(
    [
      { header: TH.colRank, share: 0.14, align: 'center' },
      { header: TH.colOption, share: 0.64 },
      { header: TH.colScore, share: 0.22, align: 'right' },
    ],
    results.ranking.map((e) => [fmt.num(e.rank), e.label, fmt.num(e.score)]),
  );
}

export function pollBlock(poll: MinutesPoll, b: DocBlocks, fmt: PlainFormatter, level: number): FileChild[] {
  const r = poll.results;
  const meta = [
    `${TH.method}: ${methodName(poll.method, r.mode)}`,
    `${TH.tieRuleLabel}: ${tieRuleLabel(r.tieRule)}`,
    TH.counted(fmt.num(r.ballotCount), fmt.num(r.eligibleCount)) + (r.blankCount > 0 ? TH.blank(fmt.num(r.blankCount)) : ''),
  ];
  if (r.yesNo) meta.push(TH.majority[r.yesNo.majority]);
  if (r.matrix) meta.push(TH.criteria(r.matrix.criteria.map((c) => TH.criterion(c.name, fmt.num(c.weight))).join(', ')));
  if (r.consensus?.mean != null) meta.push(TH.consensusMean(r.consensus.mean.toFixed(2)));
  const table = resultsTable(r, b, fmt);
  return [
    b.heading(TH.poll(poll.title), level),
    ...meta.flatMap((m) => b.body(m, level)),
    ...outcomeLines(r).flatMap((l) => b.body(l, level)),
    ...(table ? [table] : []),
  ];
}
