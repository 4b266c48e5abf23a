/**
 * The polls as tables: one row per poll, its results, and the raw inputs the results were
 * tallied from (ballots, counted hands or totals, matrix scores), read from the polls store so a
 * reader can recount them.
 */
import type { MinutesModel, MinutesPoll, PollBallot, PollOption } from '../../../../shared/contract';
import { ballotsOf } from '../../polls/ballots';
import { readCounts } from '../../polls/counts';
import { readOptions } from '../../polls/options';
import { scorersOf } from '../../polls/scores';
import type { Context } from '../../context';
import { methodName, tieRuleLabel } from '../text/poll-outcome';
import { TH } from '../html/strings-th';
import { TABLES_TH } from './strings-th';
import { type Cell, type ForumTable, col, lines } from './table';

const C = TABLES_TH.col;

/** The outcome in a few words: the winners, or the yes/no or consensus verdict. */
function outcome(poll: MinutesPoll): string | null {
  const r = poll.results;
  if (r.yesNo) return TH.yesNoOutcome[r.yesNo.outcome];
  if (r.consensus) return TH.consensus(r.consensus.consensus);
  if (r.winners.length === 0) return null;
  const names = r.winners.map((w) => w.label).join(', ');
  return r.winners.length > 1 ? TH.tiedWinners(names) : names;
}

export function pollsTable(model: MinutesModel, itemLabel: (id: string | null) => string | null): ForumTable {
  return {
    name: 'polls',
    title: TABLES_TH.sheets.polls,
    columns: [
      col(C.number, 'integer', 6),
      col(C.poll, 'text', 40),
      col(C.agendaItem, 'text', 30),
      col(C.method, 'text', 28),
      col(C.tieRule, 'text', 30),
      col(C.status, 'text', 12),
      col(C.ballotCount, 'number', 10),
      col(C.blankCount, 'number', 10),
      col(C.eligibleCount, 'integer', 10),
      col(C.outcome, 'text', 40),
    ],
    rows: model.polls.map((p, i) => [
      i + 1,
      p.title,
      itemLabel(p.agendaItemId),
      methodName(p.method, p.results.mode),
      tieRuleLabel(p.results.tieRule),
      TABLES_TH.pollStatus[p.results.status],
      p.results.ballotCount,
      p.results.blankCount,
      p.results.eligibleCount,
      outcome(p),
    ]),
  };
}

/** Ranked options for option methods; the yes/no counts; the consensus distribution. */
export function pollResultsTable(model: MinutesModel): ForumTable {
  const rows: Cell[][] = [];
  for (const p of model.polls) {
    const r = p.results;
    for (const e of r.ranking) rows.push([p.title, e.rank, e.label, e.score]);
    if (r.yesNo) {
      rows.push([p.title, null, TH.yes, r.yesNo.yes], [p.title, null, TH.no, r.yesNo.no], [p.title, null, TH.abstain, r.yesNo.abstain]);
    }
    for (const d of r.consensus?.distribution ?? []) rows.push([p.title, null, d.value === 'block' ? TABLES_TH.block : String(d.value), d.count]);
  }
  return {
    name: 'poll-results',
    title: TABLES_TH.sheets.pollResults,
    columns: [col(C.poll, 'text', 40), col(C.rank, 'integer', 8), col(C.option, 'text', 40), col(C.score, 'number', 12)],
    rows,
  };
}

export interface PollInputTables {
  ballots: ForumTable;
  counts: ForumTable;
  scores: ForumTable;
}

/** What one ballot says, with option labels for ids: "1. A\n2. B", "A, B", "A: 3 ดวง", "4". */
function ballotChoice(b: PollBallot, label: (id: string) => string): string | null {
  if (b.ranking) return lines(b.ranking.map((id, i) => `${i + 1}. ${label(id)}`));
  if (b.approved) return lines(b.approved.map(label));
  if (b.dots) return lines(Object.entries(b.dots).map(([id, n]) => `${label(id)}: ${TABLES_TH.dotsOf(n)}`));
  if (b.value !== undefined) return b.value === 'block' ? TABLES_TH.block : String(b.value);
  // From phones in the room (issue 13): a yes/no vote, a scoring sheet.
  if (b.choice !== undefined) return TH[b.choice];
  if (b.scores) return lines(Object.entries(b.scores).map(([id, byCriterion]) => `${label(id)}: ${Object.entries(byCriterion).map(([c, v]) => `${c} ${v}`).join(', ')}`));
  return null;
}

export function pollInputTables(ctx: Context, model: MinutesModel, personName: (id: string | null) => string | null): PollInputTables {
  const ballots: Cell[][] = [];
  const counts: Cell[][] = [];
  const scores: Cell[][] = [];
  for (const p of model.polls) {
    const options = readOptions(ctx, p.pollId);
    const byId = new Map<string, PollOption>(options.map((o) => [o.id, o]));
    const label = (id: string) => byId.get(id)?.label ?? id;

    for (const b of ballotsOf(ctx, p.pollId)) {
      ballots.push([p.title, b.seq, b.count, personName(b.voterId), ballotChoice(b, label), b.concern ?? null]);
    }

    const c = readCounts(ctx, p.pollId);
    if (c.yesNo) {
      const kind = TABLES_TH.countKind.yes_no;
      counts.push(
        [p.title, kind, TABLES_TH.allHands, null, TH.yes, c.yesNo.yes],
        [p.title, kind, TABLES_TH.allHands, null, TH.no, c.yesNo.no],
        [p.title, kind, TABLES_TH.allHands, null, TH.abstain, c.yesNo.abstain],
        [p.title, kind, TABLES_TH.allHands, null, TABLES_TH.present, c.yesNo.present],
      );
    }
    if (c.hands) {
      const kind = TABLES_TH.countKind.hands;
      // Options in poll order, so the total rows and every breakdown read the same way down.
      for (const o of options) counts.push([p.title, kind, TABLES_TH.allHands, null, o.label, c.hands.hands[o.id] ?? 0]);
      for (const b of c.hands.breakdowns) {
        for (const [group, hands] of Object.entries(b.groups)) {
          for (const o of options) counts.push([p.title, kind, TABLES_TH.breakdownBy[b.by] ?? b.by, group, o.label, hands[o.id] ?? 0]);
        }
      }
    }
    if (c.totals) {
      const kind = TABLES_TH.countKind.totals;
      for (const o of options) counts.push([p.title, kind, TABLES_TH.allHands, null, o.label, c.totals.totals[o.id] ?? 0]);
      if (c.totals.participants !== null) counts.push([p.title, kind, TABLES_TH.allHands, null, TABLES_TH.present, c.totals.participants]);
    }

    if (p.method === 'score_matrix') {
      const weight = new Map((p.results.matrix?.criteria ?? []).map((k) => [k.name, k.weight]));
      for (const s of scorersOf(ctx, p.pollId)) {
        const scorer = `${s.name ?? TABLES_TH.unnamed} (${TABLES_TH.scorerKind[s.kind]})`;
        for (const o of options) {
          for (const [criterion, value] of Object.entries(s.scores[o.id] ?? {})) {
            scores.push([p.title, scorer, o.label, criterion, weight.get(criterion) ?? null, value]);
          }
        }
      }
    }
  }
  return {
    ballots: {
      name: 'ballots',
      title: TABLES_TH.sheets.ballots,
      columns: [
        col(C.poll, 'text', 40),
        col(C.seq, 'integer', 8),
        col(C.copies, 'integer', 10),
        col(C.voter, 'text', 28),
        col(C.choice, 'text', 50),
        col(C.concern, 'text', 40),
      ],
      rows: ballots,
    },
    counts: {
      name: 'counts',
      title: TABLES_TH.sheets.counts,
      columns: [
        col(C.poll, 'text', 40),
        col(C.countKind, 'text', 20),
        col(C.breakdownBy, 'text', 12),
        col(C.group, 'text', 20),
        col(C.option, 'text', 40),
        col(C.count, 'integer', 10),
      ],
      rows: counts,
    },
    scores: {
      name: 'scores',
      title: TABLES_TH.sheets.scores,
      columns: [
        col(C.poll, 'text', 40),
        col(C.scorer, 'text', 30),
        col(C.option, 'text', 40),
        col(C.criterion, 'text', 24),
        col(C.weight, 'number', 10),
        col(C.score, 'number', 10),
      ],
      rows: scores,
    },
  };
}
