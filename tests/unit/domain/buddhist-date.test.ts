import { describe, expect, it } from 'vitest';
import { buddhistYear, formatDate, formatDateTime, formatTime, toThaiDigits } from '../../../shared/domain/buddhist-date';

describe('Buddhist-era dates', () => {
  it('adds 543 to the year', () => {
    expect(buddhistYear(2026)).toBe(2569);
    expect(buddhistYear(1957)).toBe(2500);
  });

  it('formats a day in Thai with the Buddhist year', () => {
    expect(formatDate('2026-11-23')).toBe('23 พฤศจิกายน 2569');
    expect(formatDate('2026-11-23', 'th', { short: true })).toBe('23 พ.ย. 2569');
  });

  it('writes Thai digits for formal documents', () => {
    expect(formatDate('2026-11-23', 'th', { thaiDigits: true })).toBe('๒๓ พฤศจิกายน ๒๕๖๙');
    expect(toThaiDigits('2569')).toBe('๒๕๖๙');
    expect(toThaiDigits('ครั้งที่ 1/2569')).toBe('ครั้งที่ ๑/๒๕๖๙');
  });

  it('keeps 1 January in its own year: a calendar day is not shifted by time zones', () => {
    expect(formatDate('2027-01-01')).toBe('1 มกราคม 2570');
    expect(formatDate('2026-12-31')).toBe('31 ธันวาคม 2569');
  });

  it('formats in English with the Buddhist year marked BE', () => {
    expect(formatDate('2026-11-23', 'en')).toBe('23 November 2569 BE');
  });

  it('gives back text it cannot read rather than a wrong date', () => {
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('shows an instant in the local time of the venue', () => {
    // 02:05 UTC is 09:05 in Bangkok (UTC+7), and 23:30 UTC on the 31st is already New Year there.
    expect(formatTime('2026-11-23T02:05:00.000Z', 'Asia/Bangkok')).toBe('09:05');
    expect(formatDateTime('2026-12-31T23:30:00.000Z', 'th', 'Asia/Bangkok')).toBe('1 ม.ค. 2570 06:30');
  });
});
