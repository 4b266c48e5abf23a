/**
 * The contract's text building blocks, which every operation's text goes through: NFC, one kind
 * of line ending, no control characters but line feed and tab, no half surrogate pairs, and no
 * name made only of invisible characters.
 */
import { describe, expect, it } from 'vitest';
import { NullableText, RequiredText, TypedText } from '../../../shared/contract/common';

const required = RequiredText(300);
const nullable = NullableText(300);
const typed = TypedText(300);

describe('RequiredText', () => {
  it('keeps text in NFC: Thai marks typed in either order, and composed Latin letters, are one text', () => {
    // ก + mai ek + sara u (as some keyboards send it) is กุ่ in canonical order.
    expect(required.parse('\u0E01\u0E48\u0E38')).toBe('\u0E01\u0E38\u0E48');
    expect(required.parse('Cafe\u0301')).toBe('Café');
  });

  it('makes line endings "\\n" and trims, zero-width characters at the ends included', () => {
    expect(required.parse('  บรรทัดหนึ่ง\r\nบรรทัดสอง\rสาม\t \u200B')).toBe('บรรทัดหนึ่ง\nบรรทัดสอง\nสาม');
    // Inside the text a zero-width space is a Thai word-break hint and stays.
    expect(required.parse('ถนน\u200Bลูกรัง')).toBe('ถนน\u200Bลูกรัง');
  });

  it('refuses a name made only of invisible characters', () => {
    for (const invisible of ['\u200B', '\u200B\u200C\u200D', ' \u2060 \uFEFF ']) expect(required.safeParse(invisible).success, JSON.stringify(invisible)).toBe(false);
  });

  it('refuses NUL and other control characters, keeping tab and line feed', () => {
    for (const bad of ['a\u0000b', 'a\u0007', 'esc\u001B[31m', 'del\u007F', 'c1\u0085x', 'x\u009Fy']) {
      expect(required.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    expect(required.parse('ชื่อ\tนามสกุล\nที่อยู่')).toBe('ชื่อ\tนามสกุล\nที่อยู่');
  });

  it('refuses half a surrogate pair and keeps whole ones', () => {
    for (const bad of ['a\uD800', '\uDC00b', 'x\uDBFF\uDBFFy']) expect(required.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    expect(required.parse('ยินดี 🙏🏽 ครับ')).toBe('ยินดี 🙏🏽 ครับ');
  });

  it('counts the limit after tidying', () => {
    expect(RequiredText(3).safeParse('  abc  ').success).toBe(true);
    expect(RequiredText(3).safeParse('abcd').success).toBe(false);
  });
});

describe('NullableText', () => {
  it('turns empty and invisible-only text into null, and refuses what RequiredText refuses', () => {
    expect(nullable.parse('')).toBeNull();
    expect(nullable.parse('\u200B ')).toBeNull();
    expect(nullable.parse(null)).toBeNull();
    expect(nullable.parse(' Cafe\u0301 ')).toBe('Café');
    expect(nullable.safeParse('a\u0000').success).toBe(false);
    expect(nullable.safeParse('\uD83D').success).toBe(false);
  });
});

describe('TypedText', () => {
  it('keeps what is typed (spaces, empty) but not control characters or broken pairs', () => {
    expect(typed.parse('  กำลังพิมพ์ ')).toBe('  กำลังพิมพ์ ');
    expect(typed.parse('')).toBe('');
    expect(typed.parse('a\r\nb')).toBe('a\nb');
    expect(typed.safeParse('a\u0000').success).toBe(false);
    expect(typed.safeParse('\uDE00').success).toBe(false);
  });
});
