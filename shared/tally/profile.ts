/**
 * Ranked ballots → a validated, aggregated profile that plurality, Borda, IRV and Schulze all read.
 *
 * Definition of a valid ranked ballot line: an object with `ranking` (a list of option names,
 * most preferred first, each option at most once, any length from 0 to all options; options
 * left out are ranked below every listed one) and an optional `count` (a whole number ≥ 0,
 * default 1) saying how many identical paper ballots the line stands for. Nothing else is
 * accepted: an unknown field (a typo such as "cuont") would silently change a count, so it is
 * refused. A line with an empty ranking is a blank ballot: counted in the totals, for no option.
 *
 * Identical rankings are merged (ranking → summed count) before any method runs, because
 * real ballot piles repeat a few rankings many times and every method then does its work once
 * per distinct ranking. The merge uses a hash table on typed arrays so no string key is built
 * per ballot: a 1,000,000-ballot pile must be tallied in well under a second.
 */
import { z } from 'zod';
import {
  type Checked,
  DEFAULT_TIE_RULE,
  MAX_COUNT,
  MAX_ERRORS,
  MAX_TOTAL,
  OptionList,
  RankedBallot,
  RankedHeader,
  type TallyError,
  TieRule,
} from './types';

export interface RankedProfile {
  readonly options: readonly string[];
  /** Number of distinct rankings. */
  readonly distinct: number;
  /** Ranking d occupies prefs[starts[d]] … prefs[starts[d + 1] - 1] (option indices). */
  readonly starts: Int32Array;
  readonly prefs: Int32Array;
  /** How many ballots carry ranking d. */
  readonly weights: Float64Array;
  /** Sum of all counts, blank ballots included. */
  readonly total: number;
  readonly blank: number;
  readonly tieRule: TieRule;
}

/** Option name → index, exact first, then by NFC form (see types.ts). */
export class OptionIndex {
  private readonly exact = new Map<string, number>();
  private readonly nfc = new Map<string, number>();
  constructor(readonly options: readonly string[]) {
    options.forEach((name, i) => {
      this.exact.set(name, i);
      this.nfc.set(name.normalize('NFC'), i);
    });
  }
  get(name: string): number | undefined {
    return this.exact.get(name) ?? this.nfc.get(name.normalize('NFC'));
  }
}

/** Parses `{ options, ballots, tieRule }` (the CLI JSON) into a profile, or the reasons it is refused. */
export function prepareRanked(json: unknown): Checked<RankedProfile> {
  const header = RankedHeader.safeParse(json);
  if (!header.success) return { ok: false, errors: zodErrors(header.error.issues) };
  const { options, ballots, tieRule } = header.data;
  return profileFromBallots(options, ballots, tieRule);
}

/** `options` must already be valid (OptionList). */
export function profileFromBallots(options: readonly string[], ballots: readonly unknown[], tieRule: TieRule = DEFAULT_TIE_RULE): Checked<RankedProfile> {
  const builder = new ProfileBuilder(options);
  for (let b = 0; b < ballots.length; b++) {
    builder.add(ballots[b], b);
    if (builder.errors.length >= MAX_ERRORS) break;
  }
  return builder.finish(tieRule);
}

/** The checks of `profileFromBallots` alone, for zod refinements (types.ts → RankedInput). */
export function checkRankedBallots(options: readonly string[], ballots: readonly unknown[]): TallyError[] {
  const r = profileFromBallots(options, ballots);
  return r.ok ? [] : r.errors;
}

const EMPTY_SLOT = -1;

/** Accumulates ballots one at a time: validation and merging in a single pass. */
export class ProfileBuilder {
  readonly errors: TallyError[] = [];
  private readonly index: OptionIndex;
  private readonly n: number;
  /** Stamp per option: the ballot number that last used it, to find duplicates without clearing. */
  private readonly seen: Int32Array;
  private readonly current: Int32Array;
  private stamp = 0;

  private distinct = 0;
  private starts = new Int32Array(1024);
  private prefs = new Int32Array(4096);
  private weights = new Float64Array(1024);
  private hashes = new Int32Array(1024);
  private table = new Int32Array(2048).fill(EMPTY_SLOT);
  private total = 0;
  private blank = 0;

  constructor(readonly options: readonly string[]) {
    this.index = new OptionIndex(options);
    this.n = options.length;
    this.seen = new Int32Array(this.n);
    this.current = new Int32Array(this.n);
  }

  /** Adds one ballot line; `at` is its index, used in error messages. */
  add(ballot: unknown, at: number): void {
    const where = `ballots[${at}]`;
    if (typeof ballot !== 'object' || ballot === null || Array.isArray(ballot)) {
      this.fail(at, where, 'a ballot must be an object like {"ranking": ["A", "B"], "count": 1}');
      return;
    }
    const record = ballot as Record<string, unknown>;
    for (const key in record) {
      if (key !== 'ranking' && key !== 'count') {
        this.fail(at, `${where}.${key}`, `unknown field "${key}" (a ranked ballot has "ranking" and "count")`);
        return;
      }
    }
    let count = 1;
    const rawCount = record.count;
    if (rawCount !== undefined) {
      const reason = countProblem(rawCount);
      if (reason) {
        this.fail(at, `${where}.count`, reason);
        return;
      }
      count = rawCount as number;
    }
    const ranking = record.ranking;
    if (!Array.isArray(ranking)) {
      this.fail(at, `${where}.ranking`, '"ranking" must be a list of option names, most preferred first');
      return;
    }
    const stamp = ++this.stamp;
    const seen = this.seen;
    const current = this.current;
    let len = 0;
    let hash = 0x811c9dc5 | 0;
    for (let r = 0; r < ranking.length; r++) {
      const name = ranking[r];
      if (typeof name !== 'string') {
        this.fail(at, `${where}.ranking[${r}]`, `ranking[${r}] must be an option name (text), not ${describeValue(name)}`);
        return;
      }
      const i = this.index.get(name);
      if (i === undefined) {
        this.fail(at, `${where}.ranking[${r}]`, `unknown option "${name}"`);
        return;
      }
      if (seen[i] === stamp) {
        this.fail(at, `${where}.ranking[${r}]`, `option "${this.options[i]}" appears twice in the ranking`);
        return;
      }
      seen[i] = stamp;
      current[len++] = i;
      hash = Math.imul(hash ^ (i + 1), 0x01000193);
    }
    // Keep validating after the first error so every refusal is reported, but stop merging.
    if (this.errors.length > 0) return;
    this.total += count;
    if (len === 0) this.blank += count;
    this.merge(current, len, hash ^ len, count);
  }

  finish(tieRule: TieRule): Checked<RankedProfile> {
    if (this.errors.length === 0 && this.total > MAX_TOTAL) {
      this.errors.push({ ballot: null, path: 'ballots', reason: `the counts add up to ${this.total} ballots, more than the ${MAX_TOTAL} a tally accepts` });
    }
    if (this.errors.length > 0) return { ok: false, errors: this.errors };
    const d = this.distinct;
    return {
      ok: true,
      value: {
        options: this.options,
        distinct: d,
        starts: this.starts.slice(0, d + 1),
        prefs: this.prefs.slice(0, this.starts[d]),
        weights: this.weights.slice(0, d),
        total: this.total,
        blank: this.blank,
        tieRule,
      },
    };
  }

  private fail(ballot: number, path: string, reason: string): void {
    if (this.errors.length < MAX_ERRORS) this.errors.push({ ballot, path, reason });
  }

  /** Open addressing with linear probing; the table holds ranking ids, compared element-wise. */
  private merge(current: Int32Array, len: number, hash: number, count: number): void {
    const table = this.table;
    const mask = table.length - 1;
    let slot = (hash ^ (hash >>> 16)) & mask;
    for (;;) {
      const id = table[slot] as number;
      if (id === EMPTY_SLOT) break;
      if (this.hashes[id] === hash && this.sameRanking(id, current, len)) {
        this.weights[id] = (this.weights[id] as number) + count;
        return;
      }
      slot = (slot + 1) & mask;
    }
    const id = this.distinct;
    this.ensureCapacity(id + 1, (this.starts[id] as number) + len);
    const start = this.starts[id] as number;
    this.prefs.set(current.subarray(0, len), start);
    this.starts[id + 1] = start + len;
    this.weights[id] = count;
    this.hashes[id] = hash;
    this.distinct = id + 1;
    if (this.distinct * 2 > table.length) this.rehash();
    else table[slot] = id;
  }

  private sameRanking(id: number, current: Int32Array, len: number): boolean {
    const start = this.starts[id] as number;
    if ((this.starts[id + 1] as number) - start !== len) return false;
    const prefs = this.prefs;
    for (let k = 0; k < len; k++) if (prefs[start + k] !== current[k]) return false;
    return true;
  }

  private ensureCapacity(rankings: number, prefCount: number): void {
    if (rankings + 1 > this.starts.length) {
      const size = this.starts.length * 2;
      this.starts = grow(this.starts, size);
      this.weights = growFloat(this.weights, size);
      this.hashes = grow(this.hashes, size);
    }
    if (prefCount > this.prefs.length) this.prefs = grow(this.prefs, Math.max(prefCount, this.prefs.length * 2));
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2).fill(EMPTY_SLOT);
    const mask = table.length - 1;
    for (let id = 0; id < this.distinct; id++) {
      const hash = this.hashes[id] as number;
      let slot = (hash ^ (hash >>> 16)) & mask;
      while (table[slot] !== EMPTY_SLOT) slot = (slot + 1) & mask;
      table[slot] = id;
    }
    this.table = table;
  }
}

function grow(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

function growFloat(a: Float64Array, size: number): Float64Array<ArrayBuffer> {
  const b = new Float64Array(size);
  b.set(a);
  return b;
}

/** Why a value is not a valid count, or null. Shared with the other ballot kinds. */
export function countProblem(value: unknown): string | null {
  if (typeof value !== 'number' || Number.isNaN(value)) return `count must be a number, not ${describeValue(value)}`;
  if (!Number.isInteger(value)) return `count must be a whole number, not ${value}`;
  if (value < 0) return `count must not be negative (got ${value})`;
  if (value > MAX_COUNT) return `count ${value} is more than ${MAX_COUNT}`;
  return null;
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** zod issues → refusals, with the ballot index when the issue sits inside `ballots`, `scorers` or `votes`. */
export function zodErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): TallyError[] {
  return issues.slice(0, MAX_ERRORS).map((issue) => {
    const path = issue.path;
    const [first, second] = path;
    const ballot = (first === 'ballots' || first === 'scorers' || first === 'votes') && typeof second === 'number' ? second : null;
    return { ballot, path: formatPath(path), reason: issue.message };
  });
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(input)' : out;
}

/**
 * The full ranked input for the contract: structure by zod, then the same per-ballot checks
 * as the fast path (unknown option, duplicate in a ranking, total bound), reported at the ballot.
 */
export const RankedInput = z
  .object({
    method: z.string().optional(),
    options: OptionList,
    ballots: z.array(RankedBallot),
    tieRule: TieRule.default(DEFAULT_TIE_RULE),
  })
  .strict()
  .superRefine((value, ctx) => {
    for (const error of checkRankedBallots(value.options, value.ballots)) {
      ctx.addIssue({ code: 'custom', path: error.ballot === null ? ['ballots'] : ['ballots', error.ballot], message: error.reason });
    }
  });
export type RankedInput = z.infer<typeof RankedInput>;
