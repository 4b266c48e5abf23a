import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareThai, fullName, normalizeForSearch, normalizeThai, normalizeThaiMapped } from '../../../shared/domain/thai-text';

describe('Thai collation', () => {
  // Royal Institute dictionary order: a leading vowel (เ แ โ ใ ไ) is read after the consonant
  // it is written before, consonants come before vowel signs (กมล before เกศินี), and อำ before เอ.
  const dictionaryOrder = [
    'กมล',
    'เกศินี',
    'แก้ว',
    'ขวัญ',
    'ใจดี',
    'ชัยวัฒน์',
    'ฐิติ',
    'ณัฐ',
    'นงลักษณ์',
    'บุญมี',
    'ปราณี',
    'ไพโรจน์',
    'ศรี',
    'สมชาย',
    'สุดา',
    'โสภา',
    'อำนาจ',
    'เอกชัย',
  ];

  it('sorts names in Thai dictionary order', () => {
    const shuffled = [...dictionaryOrder].reverse();
    shuffled.push(shuffled.splice(3, 1)[0] ?? '');
    expect(shuffled.sort(compareThai)).toEqual(dictionaryOrder);
  });

  it('differs from code-point order, which puts every เ/แ/โ/ใ/ไ name after ฮ', () => {
    expect([...dictionaryOrder].sort()).not.toEqual(dictionaryOrder);
    expect([...dictionaryOrder].sort().slice(-6)).toEqual(['เกศินี', 'เอกชัย', 'แก้ว', 'โสภา', 'ใจดี', 'ไพโรจน์']);
  });

  it('sorts a consonant alone before consonant clusters, and those before vowel signs', () => {
    expect(['แก', 'เก', 'กิ', 'กา', 'กก', 'ก'].sort(compareThai)).toEqual(['ก', 'กก', 'กา', 'กิ', 'เก', 'แก']);
  });

  it('orders numbers inside names by value, and ignores case', () => {
    expect(['หมู่ 10', 'หมู่ 2', 'หมู่ 1'].sort(compareThai)).toEqual(['หมู่ 1', 'หมู่ 2', 'หมู่ 10']);
    expect(compareThai('somchai', 'Somchai')).toBe(0);
  });
});

describe('names and search text', () => {
  it('joins the title prefix to the first name, as Thai writes it', () => {
    expect(fullName({ titlePrefix: 'นาย', firstName: 'สมชาย', lastName: 'ใจดี' })).toBe('นายสมชาย ใจดี');
    expect(fullName({ titlePrefix: null, firstName: 'มาลี', lastName: null })).toBe('มาลี');
  });

  it('normalises search text: NFC, lower case, single spaces', () => {
    expect(normalizeForSearch('  Cafe\u0301   SMITH ')).toBe('café smith');
  });
});

describe('Thai normalisation for matching', () => {
  const NIKHAHIT = '\u0E4D';
  const AA = '\u0E32';

  it('joins ำ written as ํ + า, with the tone mark before or between them; NFC does not', () => {
    const split = `น้${NIKHAHIT}${AA}`;
    expect(split.normalize('NFC')).not.toBe('น้ำ');
    expect(normalizeThai(split)).toBe('น้ำ');
    expect(normalizeThai(`น${NIKHAHIT}้${AA}`)).toBe('น้ำ');
    expect(normalizeThai(`ท${NIKHAHIT}${AA}นา`)).toBe('ทำนา');
    expect(normalizeForSearch(`ข้าว ${split}`)).toBe('ข้าว น้ำ');
  });

  it('puts a tone mark after the vowel above or below it, makes เเ แ, drops invisible characters', () => {
    expect(normalizeThai('ท\u0E48\u0E35')).toBe('ที่');
    expect(normalizeThai('ป\u0E48\u0E39')).toBe('ปู่');
    expect(normalizeThai('เเก้ว')).toBe('แก้ว');
    expect(normalizeThai('ซ่อม\u200Bถนน\u00AD\uFEFF')).toBe('ซ่อมถนน');
    // What is already right stays as it is.
    for (const s of ['น้ำ', 'ที่', 'ปู่', 'แก้ว', 'เกเร', 'Café', 'ผู้ใหญ่บ้าน']) expect(normalizeThai(s)).toBe(s);
  });

  it('the mapped form gives the same text, and every character points back into its source', () => {
    const unit = fc.constantFrom(...`กนเาำ${NIKHAHIT}\u0E34\u0E35\u0E38\u0E48\u0E49\u200B a`);
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (source) => {
        const { text, starts, ends } = normalizeThaiMapped(source);
        expect(text).toBe(normalizeThai(source));
        expect([starts.length, ends.length]).toEqual([text.length, text.length]);
        for (let i = 0; i < text.length; i++) {
          expect(starts[i]).toBeLessThan(ends[i] ?? 0);
          expect(ends[i]).toBeLessThanOrEqual(source.length);
          // In order: a character never comes from before the one ahead of it.
          if (i > 0) expect(starts[i]).toBeGreaterThanOrEqual(starts[i - 1] ?? 0);
        }
      }),
    );
  });
});
