/** A key written twice in one JSON object is found, however the text is spaced or escaped. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDuplicateKey, findDuplicateKeyFast } from '../../../shared/json/duplicate-keys';

/** A JSON value as written: objects are lists of pairs, so a key may appear twice. */
type Written = { kind: 'object'; pairs: [string, Written][] } | { kind: 'array'; items: Written[] } | { kind: 'string'; value: string } | { kind: 'number'; value: number };

const space = fc.constantFrom('', ' ', '\n', '\n  ', '\t');
// Colons, quotes, backslashes and look-alike escapes inside strings are what could fool a scanner.
const text = fc.string({ unit: fc.constantFrom('a', 'b', ':', '"', '\\', 'ก', '{', '}', ',', 'u003a'), maxLength: 4 });

const written: fc.Arbitrary<Written> = fc.letrec<{ value: Written }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map((value) => ({ kind: 'string' as const, value })),
    fc.integer({ min: -5, max: 5 }).map((value) => ({ kind: 'number' as const, value })),
    fc.array(tie('value'), { maxLength: 3 }).map((items) => ({ kind: 'array' as const, items })),
    fc.array(fc.tuple(text, tie('value')), { maxLength: 4 }).map((pairs) => ({ kind: 'object' as const, pairs })),
  ),
})).value;

/** Escapes some characters as \uXXXX, so "a" and "\u0061" are the same key. */
function quote(value: string, escapeAll: boolean): string {
  const json = JSON.stringify(value);
  return escapeAll ? json.replace(/[a:]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}

function write(value: Written, ws: string, escaped: boolean): string {
  switch (value.kind) {
    case 'string':
      return quote(value.value, escaped);
    case 'number':
      return String(value.value);
    case 'array':
      return `[${ws}${value.items.map((v) => write(v, ws, escaped)).join(`,${ws}`)}${ws}]`;
    case 'object':
      return `{${ws}${value.pairs.map(([k, v], i) => `${quote(k, escaped && i % 2 === 0)}${ws}:${ws}${write(v, ws, escaped)}`).join(`,${ws}`)}${ws}}`;
  }
}

function hasDuplicate(value: Written): boolean {
  if (value.kind === 'array') return value.items.some(hasDuplicate);
  if (value.kind !== 'object') return false;
  const keys = value.pairs.map(([k]) => k);
  return new Set(keys).size < keys.length || value.pairs.some(([, v]) => hasDuplicate(v));
}

describe('findDuplicateKey', () => {
  it('names the key and the line of its second appearance', () => {
    const text = '{\n "options": ["A"],\n "ballots": [\n  {"ranking": ["A"], "count": 1, "count": 9}\n ]\n}';
    expect(findDuplicateKey(text)).toEqual({ key: 'count', line: 4 });
    expect(findDuplicateKeyFast(text, JSON.parse(text))).toEqual({ key: 'count', line: 4 });
  });

  it('does not mistake equal keys of different objects, or keys inside strings, for duplicates', () => {
    const text = '{"a": {"a": 1}, "b": [{"a": 1}, {"a": 2}], "c": "\\"a\\": 1, \\"a\\": 2"}';
    expect(findDuplicateKey(text)).toBeNull();
    expect(findDuplicateKeyFast(text, JSON.parse(text))).toBeNull();
  });

  it('sees "a" and "\\u0061" as the same key, as JSON.parse does', () => {
    const text = '{"a": 1, "\\u0061": 2}';
    expect(findDuplicateKey(text)?.key).toBe('a');
    expect(findDuplicateKeyFast(text, JSON.parse(text))?.key).toBe('a');
  });

  it('agrees with the written structure on random JSON, however spaced and escaped', () => {
    fc.assert(
      fc.property(written, space, fc.boolean(), (value, ws, escaped) => {
        const json = write(value, ws, escaped);
        const expected = hasDuplicate(value);
        expect(findDuplicateKey(json) !== null).toBe(expected);
        expect(findDuplicateKeyFast(json, JSON.parse(json)) !== null).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('copes with an object of many keys', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `"k${i}": ${i}`);
    expect(findDuplicateKey(`{${keys.join(',')}}`)).toBeNull();
    expect(findDuplicateKey(`{${keys.join(',')}, "k17": 0}`)).toEqual({ key: 'k17', line: 1 });
  });
});
