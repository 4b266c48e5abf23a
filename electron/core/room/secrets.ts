/**
 * Codes and tokens. Codes are digits (a phone's number pad, whatever its keyboard language);
 * their lengths tell them apart: the room's join code 6, a group's code 8, a printed voting
 * code 8, a participant's personal code 4. A voter token is 256 random bits and only its
 * SHA-256 is stored, so a copy of the database cannot vote.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';

export const CODE_LENGTH = { join: 6, group: 8, voting: 8, personal: 4 } as const;

export const randomDigits = (length: number) => Array.from({ length }, () => randomInt(10)).join('');

/** Draws until `taken` says no; the space is large next to what a forum uses, so this ends at once. */
export function uniqueDigits(length: number, taken: (code: string) => boolean): string {
  for (;;) {
    const code = randomDigits(length);
    if (!taken(code)) return code;
  }
}

export const newVoterToken = () => randomBytes(32).toString('base64url');

export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** What the phone shows after "บันทึกแล้ว": short enough to read out, random enough to mean one ballot. */
export const newReceipt = () => randomBytes(5).toString('hex').toUpperCase();

/** "12345678" → "1234 5678", as printed on slips and shown on the projector. */
export const groupDigits = (code: string) => code.replace(/(\d{4})(?=\d)/g, '$1 ').replace(/^(\d{3})(\d{3})$/, '$1 $2');
