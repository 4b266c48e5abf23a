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
 * per distinct ranking. No string key is built per ballot (see SortMerger and HashMerger):
 * a 1,000,000-ballot pile must be tallied in well under a second.
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
  // A prototype-less object rather than a Map: property lookup by string is about twice as
  // fast in V8, which matters at 10 million lookups. "__proto__" is refused as a name (types.ts).
  private readonly exact: Record<string, number> = Object.create(null);
  private readonly nfc: Record<string, number> = Object.create(null);
  constructor(readonly options: readonly string[]) {
    options.forEach((name, i) => {
      this.exact[name] = i;
      this.nfc[name.normalize('NFC')] = i;
    });
  }
  get(name: string): number | undefined {
    return this.exact[name] ?? this.nfc[name.normalize('NFC')];
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
export function profileFromBallots(
  options: readonly string[],
  ballots: readonly unknown[],
  tieRule: TieRule = DEFAULT_TIE_RULE,
  strategy: MergeStrategy = 'auto',
): Checked<RankedProfile> {
  const builder = new ProfileBuilder(options, ballots.length, strategy);
  for (let b = 0; b < ballots.length; b++) {
    builder.add(ballots[b], b);
    if (builder.errors.length >= MAX_ERRORS) break;
  }
  return builder.finish(tieRule);
}

/** The checks of `profileFromBallots` alone, for the zod refinement of `RankedInput` below. */
export function checkRankedBallots(options: readonly string[], ballots: readonly unknown[]): TallyError[] {
  const r = profileFromBallots(options, ballots);
  return r.ok ? [] : r.errors;
}

/**
 * How identical rankings are merged. `auto` sorts numeric keys when the rankings fit in one (up
 * to 13 options) and hashes otherwise; `hash` always hashes. Both give the same profile up to the
 * order of the distinct rankings, which no method depends on (the tests check both).
 */
export type MergeStrategy = 'auto' | 'hash';

/** Accumulates ballots one at a time: validation and merging in a single pass. */
export class ProfileBuilder {
  readonly errors: TallyError[] = [];
  private readonly index: OptionIndex;
  private readonly n: number;
  /**
   * Stamp per option: the ballot number that last used it, to find duplicates without clearing.
   * Doubles, so the stamp cannot wrap around however many lines come.
   */
  private readonly seen: Float64Array;
  private readonly current: Int32Array;
  private stamp = 0;
  private total = 0;
  private blank = 0;
  /**
   * With few options a ranking fits exactly in a double as a base-(n+1) number whose digits are
   * the option indices + 1 (no digit is 0, so rankings of different lengths cannot collide).
   */
  private readonly exactKeys: boolean;
  private readonly merger: SortMerger | HashMerger;

  /** `expected`: how many ballot lines will come, to size the buffers once instead of regrowing. */
  constructor(
    readonly options: readonly string[],
    expected = 0,
    strategy: MergeStrategy = 'auto',
  ) {
    this.index = new OptionIndex(options);
    this.n = options.length;
    this.seen = new Float64Array(this.n);
    this.current = new Int32Array(this.n);
    this.exactKeys = (this.n + 1) ** this.n <= Number.MAX_SAFE_INTEGER;
    this.merger = this.exactKeys && strategy === 'auto' ? new SortMerger(this.n, expected) : new HashMerger(this.exactKeys, expected);
  }

  /** Adds one ballot line; `at` is its index, used in error messages. */
  add(ballot: unknown, at: number): void {
    if (typeof ballot !== 'object' || ballot === null || Array.isArray(ballot)) {
      this.fail(at, '', 'a ballot must be an object like {"ranking": ["A", "B"], "count": 1}');
      return;
    }
    const record = ballot as Record<string, unknown>;
    for (const key in record) {
      if (key !== 'ranking' && key !== 'count') {
        this.fail(at, `.${key}`, `unknown field "${key}" (a ranked ballot has "ranking" and "count")`);
        return;
      }
    }
    let count = 1;
    const rawCount = record.count;
    if (rawCount !== undefined) {
      const reason = countProblem(rawCount);
      if (reason) {
        this.fail(at, '.count', reason);
        return;
      }
      count = rawCount as number;
    }
    const ranking = record.ranking;
    if (!Array.isArray(ranking)) {
      this.fail(at, '.ranking', '"ranking" must be a list of option names, most preferred first');
      return;
    }
    const stamp = ++this.stamp;
    const seen = this.seen;
    const current = this.current;
    const base = this.n + 1;
    let len = 0;
    let key = 0;
    let hash = 0x811c9dc5 | 0;
    for (let r = 0; r < ranking.length; r++) {
      const name = ranking[r];
      if (typeof name !== 'string') {
        this.fail(at, `.ranking[${r}]`, `ranking[${r}] must be an option name (text), not ${describeValue(name)}`);
        return;
      }
      const i = this.index.get(name);
      if (i === undefined) {
        this.fail(at, `.ranking[${r}]`, `unknown option "${name}"`);
        return;
      }
      if (seen[i] === stamp) {
        this.fail(at, `.ranking[${r}]`, `option "${this.options[i]}" appears twice in the ranking`);
        return;
      }
      seen[i] = stamp;
      current[len++] = i;
      key = key * base + (i + 1);
      hash = Math.imul(hash ^ (i + 1), 0x01000193);
    }
    // Keep validating after the first error so every refusal is reported, but stop merging.
    if (this.errors.length > 0) return;
    this.total += count;
    if (len === 0) this.blank += count;
    // A line counting 0 ballots changes no tally; leaving it out keeps the profile minimal.
    if (count > 0) this.merger.add(current, len, this.exactKeys ? key : (hash ^ len) | 0, count);
  }

  finish(tieRule: TieRule): Checked<RankedProfile> {
    if (this.errors.length === 0 && this.total > MAX_TOTAL) {
      this.errors.push({ ballot: null, path: 'ballots', reason: `the counts add up to ${this.total} ballots, more than the ${MAX_TOTAL} a tally accepts` });
    }
    if (this.errors.length > 0) return { ok: false, errors: this.errors };
    const merged = this.merger.finish();
    return { ok: true, value: { options: this.options, ...merged, total: this.total, blank: this.blank, tieRule } };
  }

  /** `tail` is the path inside the ballot; the full path is built only here, on failure. */
  private fail(ballot: number, tail: string, reason: string): void {
    if (this.errors.length < MAX_ERRORS) this.errors.push({ ballot, path: `ballots[${ballot}]${tail}`, reason });
  }
}

interface Merged {
  distinct: number;
  starts: Int32Array;
  prefs: Int32Array;
  weights: Float64Array;
}

/**
 * Merging by sorting numeric keys: the keys of single ballots go into one flat array, sorted
 * natively, then equal neighbours are counted; lines with other counts are sorted apart and
 * merged in. This touches memory in order, where a hash table at a million rankings spends its
 * time on cache misses; the rankings are decoded back from the distinct keys at the end.
 */
export class SortMerger {
  private singles: Float64Array<ArrayBuffer>;
  private size = 0;
  private readonly weightedKeys: number[] = [];
  private readonly weightedCounts: number[] = [];
  constructor(
    private readonly n: number,
    expected: number,
  ) {
    this.singles = new Float64Array(Math.max(expected, 1024));
  }

  add(_current: Int32Array, _len: number, key: number, count: number): void {
    if (count === 1) {
      if (this.size === this.singles.length) this.singles = growFloat(this.singles, this.size * 2);
      this.singles[this.size++] = key;
    } else {
      this.weightedKeys.push(key);
      this.weightedCounts.push(count);
    }
  }

  finish(): Merged {
    const singles = this.singles.subarray(0, this.size).sort();
    const wk = this.weightedKeys;
    const wc = this.weightedCounts;
    const order = wk.map((_, i) => i).sort((a, b) => (wk[a] as number) - (wk[b] as number));
    const keys = new Float64Array(singles.length + order.length);
    const weights = new Float64Array(keys.length);
    let distinct = 0;
    let i = 0;
    let j = 0;
    while (i < singles.length || j < order.length) {
      const w = order[j];
      let key: number;
      let count: number;
      if (w === undefined || (i < singles.length && (singles[i] as number) <= (wk[w] as number))) {
        key = singles[i++] as number;
        count = 1;
      } else {
        key = wk[w] as number;
        count = wc[w] as number;
        j++;
      }
      if (distinct > 0 && keys[distinct - 1] === key) weights[distinct - 1] = (weights[distinct - 1] as number) + count;
      else {
        keys[distinct] = key;
        weights[distinct++] = count;
      }
    }
    // Decode. A ranking of length L has a key in [base^(L−1), base^L) because no digit is 0, so
    // lengths come from comparisons; digits come out last preference first. (Math.floor and a
    // multiply rather than %, which is a slow library call on doubles.)
    const base = this.n + 1;
    const powers = new Float64Array(this.n + 1);
    powers[0] = 1;
    for (let k = 1; k <= this.n; k++) powers[k] = (powers[k - 1] as number) * base;
    const starts = new Int32Array(distinct + 1);
    let prefCount = 0;
    for (let d = 0; d < distinct; d++) {
      const key = keys[d] as number;
      let len = 0;
      while (len < this.n && key >= (powers[len] as number)) len++;
      prefCount += len;
      starts[d + 1] = prefCount;
    }
    const prefs = new Int32Array(prefCount);
    for (let d = 0; d < distinct; d++) {
      let k = keys[d] as number;
      for (let p = (starts[d + 1] as number) - 1; k > 0; p--) {
        const q = Math.floor(k / base);
        prefs[p] = k - q * base - 1;
        k = q;
      }
    }
    return { distinct, starts, prefs, weights: weights.slice(0, distinct) };
  }
}

/**
 * Merging by open addressing on typed arrays, for rankings too long for an exact key (over 13
 * options): the key is then a 32-bit hash and a hit is confirmed element by element.
 * One cache line per probe: slots[2s] = key, slots[2s + 1] = ranking id + 1 (0 = empty).
 */
export class HashMerger {
  private distinct = 0;
  private starts: Int32Array<ArrayBuffer>;
  private prefs = new Int32Array(4096);
  private weights: Float64Array<ArrayBuffer>;
  private slots: Float64Array<ArrayBuffer>;

  constructor(
    private readonly exactKeys: boolean,
    expected: number,
  ) {
    const lines = Math.min(Math.max(expected, 1024), 1 << 22);
    let capacity = 2048;
    while (capacity < 2 * lines) capacity *= 2;
    this.slots = new Float64Array(2 * capacity);
    this.starts = new Int32Array(lines + 1);
    this.weights = new Float64Array(lines);
  }

  add(current: Int32Array, len: number, key: number, count: number): void {
    const slots = this.slots;
    const mask = (slots.length >>> 1) - 1;
    let slot = mix(key) & mask;
    for (;;) {
      const stored = slots[2 * slot + 1] as number;
      if (stored === 0) break;
      if (slots[2 * slot] === key && (this.exactKeys || this.sameRanking(stored - 1, current, len))) {
        this.weights[stored - 1] = (this.weights[stored - 1] as number) + count;
        return;
      }
      slot = (slot + 1) & mask;
    }
    const id = this.distinct;
    this.ensureCapacity(id + 1, (this.starts[id] as number) + len);
    const start = this.starts[id] as number;
    const prefs = this.prefs;
    for (let k = 0; k < len; k++) prefs[start + k] = current[k] as number;
    this.starts[id + 1] = start + len;
    this.weights[id] = count;
    this.distinct = id + 1;
    slots[2 * slot] = key;
    slots[2 * slot + 1] = id + 1;
    // Keep the load under 1/2 so probes stay short.
    if (this.distinct * 2 > slots.length >>> 1) this.rehash();
  }

  finish(): Merged {
    const d = this.distinct;
    return {
      distinct: d,
      starts: this.starts.slice(0, d + 1),
      prefs: this.prefs.slice(0, this.starts[d]),
      weights: this.weights.slice(0, d),
    };
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
    }
    if (prefCount > this.prefs.length) this.prefs = grow(this.prefs, Math.max(prefCount, this.prefs.length * 2));
  }

  private rehash(): void {
    const old = this.slots;
    const slots = new Float64Array(old.length * 2);
    const mask = (slots.length >>> 1) - 1;
    for (let s = 0; s < old.length; s += 2) {
      const stored = old[s + 1] as number;
      if (stored === 0) continue;
      const key = old[s] as number;
      let slot = mix(key) & mask;
      while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = key;
      slots[2 * slot + 1] = stored;
    }
    this.slots = slots;
  }
}

/** Spreads a key (an integer below 2^53, or a 32-bit hash) over 32 bits (murmur3 finaliser). */
function mix(key: number): number {
  // ToUint32 keeps the low 32 bits of an integer double; the quotient's integer part the rest.
  const lo = key >>> 0;
  const hi = (key / 4294967296) | 0;
  let h = lo ^ Math.imul(hi, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
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
