/**
 * The wording of a poll in the minutes, as plain text: its method, the tie rule agreed
 * beforehand, ballots counted, the outcome and how a tie was settled, and how the priority
 * list was made. The HTML template escapes these lines (html/poll-section.ts), the DOCX writer
 * prints them as they are (docx/poll-block.ts), and the spreadsheets use the names, so no format
 * words a poll differently. Digits stay Arabic here: each format converts them on request.
 */
import type { MinutesPoll, PollResults, PriorityList } from '../../../../shared/contract';
import type { TieRule } from '../../../../shared/tally/types';
import { TH } from '../html/strings-th';
import type { PlainFormatter } from './format';

export function methodName(method: MinutesPoll['method'], mode: PollResults['mode']): string {
  return method === 'approval' && mode === 'dots' ? TH.dots : TH.methods[method];
}

export function tieRuleLabel(rule: TieRule): string {
  return rule.rule === 'lottery' ? TH.tieRules.lottery(String(rule.seed)) : TH.tieRules[rule.rule];
}

/** Option ids to labels, so a tie-break (which names ids) reads as the room saw it. */
function labeller(results: PollResults): (id: string) => string {
  const labels = new Map(results.ranking.map((e) => [e.optionId, e.label]));
  labels.set('yes', TH.yes);
  labels.set('no', TH.no);
  return (id) => labels.get(id) ?? id;
}

/** How the poll was held: method, tie rule, ballots counted (and blank), majority rule, criteria, consensus mean. */
export function pollMetaLines(poll: MinutesPoll, fmt: Pick<PlainFormatter, 'num'>): string[] {
  const r = poll.results;
  const lines = [
    `${TH.method}: ${methodName(poll.method, r.mode)}`,
    `${TH.tieRuleLabel}: ${tieRuleLabel(r.tieRule)}`,
    TH.counted(fmt.num(r.ballotCount), fmt.num(r.eligibleCount)) + (r.blankCount > 0 ? TH.blank(fmt.num(r.blankCount)) : ''),
  ];
  if (r.yesNo) lines.push(TH.majority[r.yesNo.majority]);
  if (r.matrix) lines.push(TH.criteria(r.matrix.criteria.map((c) => TH.criterion(c.name, fmt.num(c.weight))).join(', ')));
  if (r.consensus?.mean != null) lines.push(TH.consensusMean(r.consensus.mean.toFixed(2)));
  return lines;
}

/** The outcome: the verdict or the winners, then how a tie was settled (or that it is still open). */
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

/** How the priority list was made: from which poll, by which method and tie rule, or by the room together. */
export function prioritiesStatement(list: PriorityList): string {
  const source = list.source;
  return source?.kind === 'poll'
    ? `${TH.prioritiesFrom(source.pollTitle, methodName(source.method, source.mode))} ${TH.tieRuleLabel}: ${tieRuleLabel(source.tieRule)}`
    : TH.prioritiesManual;
}
