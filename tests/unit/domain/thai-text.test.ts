import { describe, expect, it } from 'vitest';
import { compareThai, fullName, normalizeForSearch } from '../../../shared/domain/thai-text';

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
