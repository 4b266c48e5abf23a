/**
 * One poll in the minutes: its method, the tie rule agreed beforehand, how a tie was settled (wording
 * shared with the DOCX writer: text/poll-outcome.ts), the results table, for IRV the count round by
 * round (text/irv-rounds.ts), for Schulze the pairwise counts and strongest paths
 * (text/schulze-tables.ts), and a chart.
 */
import type { MinutesPoll, PollResults } from '../../../../shared/contract';
import { irvRoundsTable } from '../text/irv-rounds';
import { schulzeTables } from '../text/schulze-tables';
import { outcomeLines, pollMetaLines } from '../text/poll-outcome';
import { barChart } from './charts';
import type { Formatter } from './format';
import { TH } from './strings-th';

function rankingTable(results: PollResults, fmt: Formatter): string {
  const rows = results.ranking
    .map((e) => `<tr><td class="c">${fmt.num(e.rank)}</td><td>${fmt.text(e.label)}</td><td class="n">${fmt.num(e.score)}</td></tr>`)
    .join('');
  return `<table><thead><tr><th>${TH.colRank}</th><th>${TH.colOption}</th><th>${TH.colScore}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** IRV: the count round by round, one column per round (text/irv-rounds.ts). */
function roundsTable(results: PollResults, fmt: Formatter): string {
  const table = irvRoundsTable(results, fmt.plain);
  if (!table) return '';
  const head = table.headers.map((h) => `<th>${fmt.text(h)}</th>`).join('');
  const rows = table.rows
    .map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<td>${fmt.text(cell)}</td>` : `<td class="n">${fmt.text(cell)}</td>`)).join('')}</tr>`)
    .join('');
  return `<div class="rounds"><p class="rounds-head">${fmt.text(TH.irvRounds)}</p><table class="rounds"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** Schulze: the pairwise counts, then the strongest paths; a pair's winning cell in bold. */
function schulzeHtml(results: PollResults, fmt: Formatter): string {
  return schulzeTables(results, fmt.plain)
    .map((table) => {
      const head = table.headers.map((h) => `<th>${fmt.text(h)}</th>`).join('');
      const rows = table.rows
        .map(
          (row, i) =>
            `<tr>${row.map((cell, j) => (j === 0 ? `<td>${fmt.text(cell)}</td>` : `<td class="n">${table.wins[i]?.[j] ? `<b>${fmt.text(cell)}</b>` : fmt.text(cell)}</td>`)).join('')}</tr>`,
        )
        .join('');
      return (
        `<div class="rounds"><p class="rounds-head">${fmt.text(table.title)}</p><p class="matrix-note">${fmt.text(table.note)}</p>` +
        `<table class="matrix"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`
      );
    })
    .join('');
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
  // The wording both formats share, escaped here.
  const meta = pollMetaLines(poll, fmt.plain).map((line) => `<p>${fmt.text(line)}</p>`);
  const outcome = outcomeLines(r).map((line) => `<p>${fmt.text(line)}</p>`);
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
    `<div class="meta">${meta.join('')}</div>${outcome.join('')}${table}${roundsTable(r, fmt)}${schulzeHtml(r, fmt)}${chart}</section>`
  );
}
