import { describe, expect, it } from 'vitest';
import { buddhistYear, formatDate, formatDateTime, formatTime, isFarFromToday, isoDay, parseBuddhistDate, toThaiDigits } from '../../../shared/domain/buddhist-date';

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

  it('shows a day of a year typed in the wrong era as typed, not moved to the Julian calendar', () => {
    expect(formatDate('1483-01-15')).toBe('15 มกราคม 2026');
    expect(formatDate('0484-02-29', 'en')).toBe('29 February 1027 BE');
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

describe('typed Buddhist-era dates', () => {
  it('reads the year as พ.ศ., with any usual separator, Thai digits or a two-digit year', () => {
    expect(parseBuddhistDate('15/01/2569')).toBe('2026-01-15');
    expect(parseBuddhistDate(' 5-1-2569 ')).toBe('2026-01-05');
    expect(parseBuddhistDate('15.01.69')).toBe('2026-01-15');
    expect(parseBuddhistDate('๑๕/๐๑/๒๕๖๙')).toBe('2026-01-15');
    expect(parseBuddhistDate('29/02/2571')).toBe('2028-02-29');
  });

  it('reads a Christian-era year as พ.ศ. too, so the caller can question it rather than guess', () => {
    expect(parseBuddhistDate('15/01/2026')).toBe('1483-01-15');
  });

  it('refuses days that do not exist and text that is not a whole date', () => {
    for (const text of ['31/04/2569', '29/02/2569', '00/01/2569', '15/13/2569', '15/01/256', '15/01', '2569-01-15', 'พรุ่งนี้', '']) {
      expect(parseBuddhistDate(text), text).toBeNull();
    }
  });

  it('gives the local calendar day of an instant', () => {
    expect(isoDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('calls a day far when it is more than five years either side of today', () => {
    const today = '2026-01-15';
    expect(isFarFromToday('2026-11-23', today)).toBe(false);
    expect(isFarFromToday('2031-01-15', today)).toBe(false);
    expect(isFarFromToday('2031-01-16', today)).toBe(true);
    expect(isFarFromToday('2021-01-15', today)).toBe(false);
    expect(isFarFromToday('2021-01-14', today)).toBe(true);
    expect(isFarFromToday('1483-01-15', today)).toBe(true);
    expect(isFarFromToday('2569-01-15', today)).toBe(true);
  });
});
