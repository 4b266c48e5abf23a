/**
 * Typing numbers whatever the keyboard layout. With the Thai Kedmanee layout on, the number row
 * types ๅ / - ภ ถ ุ ึ ค ต จ rather than digits, and facilitators switch layouts all day: the
 * physical key is what they mean. Thai digits (๐–๙), which some keyboards and phones type,
 * are read as the same numbers.
 */
import type { KeyboardEvent } from 'react';

const THAI_DIGITS = /[๐-๙]/g;

export const latinDigits = (text: string): string => text.replace(THAI_DIGITS, (d) => String(d.charCodeAt(0) - 0x0e50));

/** The digit on the physical key pressed (number row or keypad), or null. */
export function physicalDigit(e: KeyboardEvent): string | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const match = /^(?:Digit|Numpad)(\d)$/.exec(e.code);
  return match?.[1] ?? null;
}

/**
 * onKeyDown for a number field: a digit key always types its digit. Inserted as typing (not by
 * setting the value) so the field's own undo and React's onChange both see it.
 */
export function typeDigits(e: KeyboardEvent<HTMLInputElement>): void {
  const digit = physicalDigit(e);
  if (digit === null || e.key === digit) return;
  e.preventDefault();
  document.execCommand('insertText', false, digit);
}

/** A whole number ≥ 0 as typed ("12", "๑๒", " 12 "); null when it is not one. Empty is null too. */
export function parseCount(text: string): number | null {
  const cleaned = latinDigits(text).replace(/[,\s]/g, '');
  if (!/^\d{1,10}$/.test(cleaned)) return null;
  const n = Number(cleaned);
  return n <= 1_000_000_000 ? n : null;
}
