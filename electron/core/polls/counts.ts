/**
 * Counts the facilitator enters: yes/no/abstain, hands per option (with breakdowns by sector,
 * gender, village), and approval or dot totals counted on the board. Each entry replaces the
 * poll's earlier counts of its kind, after the tally's own checks (shared/tally): breakdowns
 * must add up to the totals, more votes than people present is refused. Run inside `ctx.write`.
 */
import type { ParsedInput, PollCounts, PollSettings } from '../../../shared/contract';
import { checkApproval } from '../../../shared/tally/approval';
import { checkShowOfHands } from '../../../shared/tally/show-of-hands';
import { DEFAULT_TIE_RULE, type TallyError } from '../../../shared/tally/types';
import { prepareYesNo } from '../../../shared/tally/yes-no';
import type { Context } from '../context';
import { AppError } from '../errors';
import { eligibleCount } from './eligibility';
import { refused, requireStatus } from './guards';
import { readOptions } from './options';
import { requirePollRow, settingsOf } from './store';

type CountsInput = ParsedInput<'polls.setCounts'>;

const KIND_OF_METHOD: Partial<Record<PollSettings['method'], CountsInput['kind']>> = { yes_no: 'yes_no', show_of_hands: 'hands', approval: 'totals' };

interface CountRow {
  kind: CountsInput['kind'];
  subject: string;
  breakdown: string;
  grp: string;
  value: number;
}

export function readCounts(ctx: Context, pollId: string): PollCounts {
  const rows = ctx.sql('SELECT kind, subject, breakdown, grp, value FROM poll_count WHERE poll_id = ? ORDER BY rowid').all(pollId) as CountRow[];
  const of = (kind: CountRow['kind']) => rows.filter((r) => r.kind === kind);
  const yesNoRows = of('yes_no');
  const value = (list: CountRow[], subject: string) => list.find((r) => r.subject === subject && r.breakdown === '')?.value;
  const handRows = of('hands');
  const totalRows = of('totals');
  const totalsOf = (list: CountRow[]) => Object.fromEntries(list.filter((r) => r.breakdown === '' && r.subject !== 'participants').map((r) => [r.subject, r.value]));
  const breakdowns: NonNullable<PollCounts['hands']>['breakdowns'] = [];
  for (const r of handRows.filter((r) => r.breakdown !== '')) {
    let b = breakdowns.find((x) => x.by === r.breakdown);
    if (!b) {
      b = { by: r.breakdown, groups: {} };
      breakdowns.push(b);
    }
    const group = b.groups[r.grp] ?? {};
    group[r.subject] = r.value;
    b.groups[r.grp] = group;
  }
  return {
    yesNo:
      yesNoRows.length === 0
        ? null
        : { yes: value(yesNoRows, 'yes') ?? 0, no: value(yesNoRows, 'no') ?? 0, abstain: value(yesNoRows, 'abstain') ?? 0, present: value(yesNoRows, 'present') ?? 0 },
    hands: handRows.length === 0 ? null : { hands: totalsOf(handRows), breakdowns },
    totals: totalRows.length === 0 ? null : { totals: totalsOf(totalRows), participants: value(totalRows, 'participants') ?? null },
  };
}

export function setCounts(ctx: Context, input: CountsInput): PollCounts {
  const row = requirePollRow(ctx, input.pollId);
  requireStatus(row, 'open');
  const settings = settingsOf(row);
  if (KIND_OF_METHOD[settings.method] !== input.kind) {
    const takes = KIND_OF_METHOD[settings.method];
    throw new AppError(
      'validation',
      'poll.counts_wrong_kind',
      `a ${settings.method} poll takes ${takes === undefined ? 'no counts (it takes ballots or scores)' : `"${takes}" counts`}, not "${input.kind}"`,
      [{ path: ['kind'], message: `expected ${takes ?? 'no counts'}` }],
    );
  }
  const options = readOptions(ctx, row.id);
  const ids = options.map((o) => o.id);
  const labels = new Map(options.map((o) => [o.id, `${o.label}`]));
  const relabel = (text: string) => text.replace(/"([0-9a-f-]{36})"/g, (whole, id: string) => (labels.has(id) ? `"${labels.get(id)}"` : whole));
  const rows: Omit<CountRow, 'kind'>[] = [];
  const total = (subject: string, value: number) => rows.push({ subject, breakdown: '', grp: '', value });
  let errors: TallyError[] = [];

  if (input.kind === 'yes_no' && settings.method === 'yes_no') {
    const present = input.present ?? eligibleCount(ctx, row);
    const checked = prepareYesNo({ yes: input.yes, no: input.no, abstain: input.abstain, present, quorum: settings.rules.quorum, majority: settings.rules.majority });
    if (!checked.ok) errors = checked.errors;
    total('yes', input.yes);
    total('no', input.no);
    total('abstain', input.abstain);
    total('present', present);
  } else if (input.kind === 'hands') {
    errors = checkShowOfHands({ options: ids, counts: input.hands, breakdowns: input.breakdowns, tieRule: DEFAULT_TIE_RULE });
    for (const [option, value] of Object.entries(input.hands)) total(option, value);
    for (const b of input.breakdowns) {
      for (const [group, counts] of Object.entries(b.groups)) {
        for (const [option, value] of Object.entries(counts)) rows.push({ subject: option, breakdown: b.by, grp: group, value });
      }
    }
  } else if (input.kind === 'totals' && settings.method === 'approval') {
    errors = checkApproval({
      options: ids,
      mode: settings.rules.mode,
      dotsPerParticipant: settings.rules.dotsPerParticipant,
      maxApprovals: settings.rules.maxApprovals,
      ballots: [],
      totals: input.totals,
      participants: input.participants,
      tieRule: DEFAULT_TIE_RULE,
    });
    for (const [option, value] of Object.entries(input.totals)) total(option, value);
    if (input.participants !== undefined) total('participants', input.participants);
  }
  if (errors.length > 0) {
    const problems = errors.map((e) => ({
      path: relabel(e.path),
      message: relabel(e.reason),
      ...(e.code ? { code: e.code, params: Object.fromEntries(Object.entries(e.params ?? {}).map(([k, v]) => [k, typeof v === 'string' ? (labels.get(v) ?? v) : v])) } : {}),
    }));
    throw refused('poll.counts_invalid', problems.map((p) => p.message).join('; '), problems);
  }

  ctx.sql('DELETE FROM poll_count WHERE poll_id = ? AND kind = ?').run(row.id, input.kind);
  const insert = ctx.sql('INSERT INTO poll_count (poll_id, kind, subject, breakdown, grp, value) VALUES (?, ?, ?, ?, ?, ?)');
  for (const r of rows) insert.run(row.id, input.kind, r.subject, r.breakdown, r.grp, r.value);
  return readCounts(ctx, row.id);
}
