import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLOSE, OPEN, SNIPPET_CHARS, fromMarked, markTerms, snippetOf } from '../../../electron/core/search/segments';
import { ftsMatch, likeContains, splitQuery } from '../../../electron/core/search/terms';

const seg = (text: string, match = false) => ({ text, match });
const thai = fc.string({ unit: fc.constantFrom(...'กขคงจนบปมยรลวสหอะาิีึืุู่้๊๋ำเแโใไ ัAb"%_\\'), maxLength: 200 });

describe('segments', () => {
  it('splits marked text into segments', () => {
    expect(fromMarked(`ชาวบ้าน${OPEN}ซ่อม${CLOSE}${OPEN}ถนน${CLOSE}ใน`)).toEqual([seg('ชาวบ้าน'), seg('ซ่อมถนน', true), seg('ใน')]);
    expect(fromMarked(null)).toEqual([]);
    expect(fromMarked(`${OPEN}${CLOSE}`)).toEqual([]);
  });

  it('drops the vowel and tone marks left orphaned by a cut, never inside a match', () => {
    expect(fromMarked(`…่อม${OPEN}ถนน${CLOSE}`)).toEqual([seg('…อม'), seg('ถนน', true)]);
    expect(fromMarked(`…${OPEN}้ำป${CLOSE}า`)).toEqual([seg('…'), seg('้ำป', true), seg('า')]);
    expect(fromMarked('่อม')).toEqual([seg('่อม')]);
  });

  it('marking then splitting gives back the text, the matches being exactly the terms', () => {
    fc.assert(
      fc.property(thai, fc.array(fc.string({ unit: fc.constantFrom(...'กขนบาิ่้"%AbB'), minLength: 1, maxLength: 3 }), { maxLength: 3 }), (text, terms) => {
        const segments = fromMarked(markTerms(text, terms));
        expect(segments.map((s) => s.text).join('')).toBe(text);
        const lowered = terms.map((t) => t.toLowerCase());
        for (const s of segments) {
          expect(s.text).not.toBe('');
          if (s.match) expect(lowered.some((t) => s.text.toLowerCase().includes(t))).toBe(true);
        }
        for (let i = 1; i < segments.length; i++) expect(segments[i]?.match).not.toBe(segments[i - 1]?.match);
      }),
    );
  });

  it('the excerpt is a piece of the text, at most SNIPPET_CHARS long (and the marks of its last letter), containing the first match', () => {
    fc.assert(
      fc.property(thai, fc.nat(), (text, at) => {
        const chars = [...text];
        const term = chars.slice(at % (chars.length + 1), (at % (chars.length + 1)) + 2).join('');
        if (term.trim() === '') return;
        const plain = snippetOf(text, [term]).replaceAll(OPEN, '').replaceAll(CLOSE, '');
        const body = plain.replace(/^…/, '').replace(/…$/, '');
        expect(text.includes(body)).toBe(true);
        expect([...body.replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]+$/, '')].length).toBeLessThanOrEqual(SNIPPET_CHARS);
        expect(body.toLowerCase().includes(term.toLowerCase())).toBe(true);
        if ([...text].length <= SNIPPET_CHARS) expect(body).toBe(text);
      }),
    );
  });
});

describe('query terms', () => {
  it('splits on spaces, drops repeats, and sorts words by whether the trigram index can find them', () => {
    expect(splitQuery('  ถนน  ปา ถนน น้ำ a ab abc ')).toEqual({
      all: ['ถนน', 'ปา', 'น้ำ', 'a', 'ab', 'abc'],
      indexed: ['ถนน', 'น้ำ', 'abc'],
      short: ['ปา', 'a', 'ab'],
    });
    expect(splitQuery('   ')).toEqual({ all: [], indexed: [], short: [] });
  });

  it('quotes every term for FTS5 and escapes LIKE wildcards', () => {
    expect(ftsMatch(['ขยะ"', 'NEAR(a'])).toBe('"ขยะ""" "NEAR(a"');
    expect(likeContains('50%_\\')).toBe('%50\\%\\_\\\\%');
  });
});
