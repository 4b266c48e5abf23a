/**
 * Quick entry: the facilitator types issues as the room calls them out, one per line, often
 * pasting a list from a flip-chart photo or a LINE message. Each line becomes a title.
 */

// Bullets people type or paste: hyphen, asterisk, dots, dashes, squares, arrows.
const BULLET = '[-*+>•·◦▪▫●○■□–—➢➤►]+';
// "1." "1)" "(1)" "1:" "๑." "ข้อ 1" "ข้อที่ ๒." — not "1.5" (a number that is content).
const NUMBER = '(?:\\(\\s*[0-9๐-๙]{1,3}\\s*\\)|[0-9๐-๙]{1,3}\\s*[.):](?![0-9๐-๙])|ข้อ(?:ที่)?\\s*[0-9๐-๙]{1,3}\\s*[.):]?(?![0-9๐-๙]))';
const MARKER = new RegExp(`^(?:${BULLET}|${NUMBER})\\s*`, 'u');
// Zero-width spaces and byte-order marks come along with text copied from Thai web pages and Word.
const INVISIBLE = /\u200b|\u200c|\u200d|\u2060|\ufeff/g;

export interface ParsedLine {
  /** 1-based line number in the text typed, for error messages. */
  line: number;
  title: string;
}

export function parseIssueLines(text: string): ParsedLine[] {
  const parsed: ParsedLine[] = [];
  text.split(/\r\n|\r|\n|\u2028|\u2029/).forEach((raw, index) => {
    let title = raw.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
    // Markers may be stacked ("- 1. ถนน"): strip until none is left.
    for (let stripped = title.replace(MARKER, ''); stripped !== title; stripped = title.replace(MARKER, '')) title = stripped;
    title = title.trim();
    if (title) parsed.push({ line: index + 1, title });
  });
  return parsed;
}
