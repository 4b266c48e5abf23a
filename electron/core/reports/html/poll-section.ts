/** One poll in the minutes: its method, the tie rule agreed beforehand, how a tie was settled, the results table and a chart. */
import type { MinutesPoll, PollResults } from '../../../../shared/contract';
import { barChart } from './charts';
import type { Formatter } from './format';
import { TH } from './strings-th';

export function methodName(method: MinutesPoll['method'], mode: PollResults['mode']): string {
  return method === 'approval' && mode === 'dots' ? TH.dots : TH.methods[method];
}

function tieRuleText(results: PollResults, fmt: Formatter): string {
  const rule = results.tieRule;
  return rule.rule === 'lottery' ? fmt.text(TH.tieRules.lottery(String(rule.seed))) : fmt.text(TH.tieRules[rule.rule]);
}

/** Option ids to labels, so a tie-break (which names ids) reads as the room saw it. */
function labeller(results: PollResults): (id: string) => string {
  const labels = new Map(results.ranking.map((e) => [e.optionId, e.label]));
  labels.set('yes', TH.yes);
  labels.set('no', TH.no);
  return (id) => labels.get(id) ?? id;
}

function outcome(results: PollResults, fmt: Formatter): string {
  const label = labeller(results);
  const lines: string[] = [];
  if (results.yesNo) {
    lines.push(TH.yesNoOutcome[results.yesNo.outcome]);
  } else if (results.consensus) {
    lines.push(TH.consensus(results.consensus.consensus));
  } else if (results.ballotCount === 0) {
    lines.push(TH.noVotes);
  } else if (results.tie) {
    lines.push(TH.tiedWinners(results.winners.map((w) => w.label).join(', ')));
  } else if (results.winners.length > 0) {
    lines.push(`${TH.winners}: ${results.winners.map((w) => w.label).join(', ')}`);
  }
  const br = results.tieBreak;
  if (br) {
    if (br.status === 'awaiting_choice') lines.push(TH.tieAwaiting);
    else if (br.status === 'revote_required') lines.push(TH.tieRevote(br.tied.map(label).join(', ')));
    else if (br.chosen && br.rule === 'lottery') lines.push(TH.tieDrawn(label(br.chosen), String(br.seed ?? '')));
    else if (br.chosen) lines.push(TH.tieCast(label(br.chosen)));
  }
  return lines.map((l) => `<p>${fmt.text(l)}</p>`).join('');
}

function rankingTable(results: PollResults, fmt: Formatter): string {
  const rows = results.ranking
    .map((e) => `<tr><td class="c">${fmt.num(e.rank)}</td><td>${fmt.text(e.label)}</td><td class="n">${fmt.num(e.score)}</td></tr>`)
    .join('');
  return `<table><thead><tr><th>${TH.colRank}</th><th>${TH.colOption}</th><th>${TH.colScore}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

interface Tally {
  label: string;
  value: number;
}

function countTable(head: string, tallies: Tally[], fmt: Formatter): string {
  const rows = tallies.map((t) => `<tr><td>${fmt.text(t.label)}</td><td class="n">${fmt.num(t.value)}</td></tr>`).join('');
  return `<table><thead><tr><th>${head}</th><th>${TH.colVotes}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** What the table and chart count: the ranking, the yes/no/abstain split, or the consensus levels. */
function tallies(results: PollResults): Tally[] {
  if (results.yesNo) {
    const y = results.yesNo;
    return [
      { label: TH.yes, value: y.yes },
      { label: TH.no, value: y.no },
      { label: TH.abstain, value: y.abstain },
    ];
  }
  if (results.consensus) {
    return results.consensus.distribution.map((d) => ({ label: d.value === 'block' ? TH.consensusBlock : String(d.value), value: d.count }));
  }
  return results.ranking.map((e) => ({ label: e.label, value: e.score }));
}

export function pollSection(poll: MinutesPoll, fmt: Formatter): string {
  const r = poll.results;
  const meta = [
    `${TH.method}: ${fmt.text(methodName(poll.method, r.mode))}`,
    `${TH.tieRuleLabel}: ${tieRuleText(r, fmt)}`,
    fmt.text(TH.counted(String(r.ballotCount), String(r.eligibleCount)) + (r.blankCount > 0 ? TH.blank(String(r.blankCount)) : '')),
  ];
  if (r.yesNo) meta.push(fmt.text(TH.majority[r.yesNo.majority]));
  if (r.matrix) meta.push(fmt.text(TH.criteria(r.matrix.criteria.map((c) => TH.criterion(c.name, String(c.weight))).join(', '))));
  if (r.consensus?.mean != null) meta.push(fmt.text(TH.consensusMean(r.consensus.mean.toFixed(2))));

  const counts = tallies(r);
  const table = r.yesNo ? countTable(TH.colOption, counts, fmt) : r.consensus ? countTable(TH.consensusValue, counts, fmt) : rankingTable(r, fmt);
  const chart =
    counts.length > 0 && counts.some((t) => t.value > 0)
      ? barChart(
          counts.map((t) => ({ label: t.label, values: [t.value], shown: [String(Number.isInteger(t.value) ? t.value : t.value.toFixed(2))] })),
          fmt,
          { title: TH.chartOf(poll.title) },
        )
      : '';
  return (
    `<section class="poll"><h3>${fmt.text(TH.poll(poll.title))}</h3>` +
    `<div class="meta">${meta.map((m) => `<p>${m}</p>`).join('')}</div>${outcome(r, fmt)}${table}${chart}</section>`
  );
}
