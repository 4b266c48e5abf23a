import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../../../renderer/ui/chart/wrap-label';

// One unit per grapheme cluster: a Thai consonant with its vowel and tone marks is one.
const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });
const measure = (text: string) => [...graphemes.segment(text)].length;

describe('wrapping chart labels', () => {
  it('leaves a label that fits on one line alone', () => {
    expect(wrapLabel('ถนนชำรุด', 20, 2, measure)).toEqual({ lines: ['ถนนชำรุด'], shortened: false });
  });

  it('breaks Thai between words, never inside one', () => {
    const { lines, shortened } = wrapLabel('น้ำประปาหมู่บ้านไม่พอใช้ในหน้าแล้ง', 16, 3, measure);
    expect(shortened).toBe(false);
    expect(lines.join('')).toBe('น้ำประปาหมู่บ้านไม่พอใช้ในหน้าแล้ง');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(16);
    // Each line starts at a word the segmenter found: no line starts with a vowel or tone mark.
    const starts = new Set([...new Intl.Segmenter('th', { granularity: 'word' }).segment('น้ำประปาหมู่บ้านไม่พอใช้ในหน้าแล้ง')].map((s) => s.index));
    let at = 0;
    for (const line of lines) {
      expect(starts.has(at), line).toBe(true);
      at += line.length;
    }
  });

  it('drops the spaces where an English label breaks', () => {
    expect(wrapLabel('Water supply not enough', 12, 3, measure).lines).toEqual(['Water supply', 'not enough']);
  });

  it('shortens at a word boundary with "…" when the lines allowed are not enough', () => {
    const { lines, shortened } = wrapLabel('ถนนลูกรังเข้าหมู่บ้านชำรุดเป็นหลุมบ่อ', 10, 2, measure);
    expect(shortened).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(10);
    expect('ถนนลูกรังเข้าหมู่บ้านชำรุดเป็นหลุมบ่อ'.startsWith(lines.join('').replace('…', ''))).toBe(true);
  });

  it('cuts a single over-long word between character clusters only', () => {
    const { lines } = wrapLabel('กกกกกกกกกกกกกกกกกกกกก', 8, 5, measure);
    expect(lines.join('')).toBe('กกกกกกกกกกกกกกกกกกกกก');
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(8);
  });

  it('for any text and width: every line fits, nothing is lost unless marked, no line starts with a combining mark', () => {
    const thai = fc.constantFrom('น้ำ', 'ประปา', 'หมู่บ้าน', 'ไม่', 'พอ', 'ใช้', 'ผู้', 'ได้รับ', 'ผลกระทบ', 'ทาง', 'อ้อม', ' ', 'road', 'ก');
    fc.assert(
      fc.property(fc.array(thai, { minLength: 1, maxLength: 12 }), fc.integer({ min: 3, max: 20 }), fc.integer({ min: 1, max: 4 }), (parts, width, maxLines) => {
        const text = parts.join('').trim();
        fc.pre(text.length > 0);
        const { lines, shortened } = wrapLabel(text, width, maxLines, measure);
        expect(lines.length).toBeLessThanOrEqual(maxLines);
        for (const line of lines) {
          expect(measure(line)).toBeLessThanOrEqual(width);
          expect(line).not.toMatch(/^[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/);
        }
        if (!shortened) expect(lines.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
      }),
    );
  });
});

describe('balanced lines', () => {
  it('splits a two-line label near its middle, not leaving its last word alone', () => {
    // Filled greedily to 20 it would be 'น้ำประปาหมู่บ้านไม่พอใช้ใน' over 'หน้าแล้ง'.
    const { lines } = wrapLabel('น้ำประปาหมู่บ้านไม่พอใช้ในหน้าแล้ง', 20, 3, measure);
    expect(lines).toEqual(['น้ำประปาหมู่บ้านไม่', 'พอใช้ในหน้าแล้ง']);
  });
});
