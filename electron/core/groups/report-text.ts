/**
 * The words of a group's report back, as the minutes print them. Thai, like the rest of what the
 * room writes: the note is the record of what was said in the plenary, not a screen label.
 */
import { NOTE_TEXT_MAX } from '../../../shared/contract';

export function reportBackText(groupName: string, issueTitles: readonly string[]): string {
  const head = `รายงานผลการประชุมกลุ่มย่อย ${groupName}`;
  if (issueTitles.length === 0) return `${head}: ไม่มีประเด็นที่กลุ่มเสนอ`;
  const list = issueTitles.map((title, i) => `${i + 1}) ${title}`).join(' ');
  const text = `${head}: ประเด็นที่กลุ่มเสนอ ${issueTitles.length} ประเด็น ได้แก่ ${list}`;
  // A very long list still makes a note the core accepts; the issues themselves carry every title.
  return [...text].length <= NOTE_TEXT_MAX ? text : `${[...text].slice(0, NOTE_TEXT_MAX - 1).join('')}…`;
}
