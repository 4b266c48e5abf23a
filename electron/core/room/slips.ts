/**
 * Code slips to print and cut: an A4 page of 3 × 8 slips, each with the forum's title, what the
 * code is for, the code in large digits, and its number (voting codes), badge number and name
 * (personal codes) or group name (group codes). Printed by the same PdfPrinter as the minutes,
 * with Sarabun embedded, so the slips look the same on every machine.
 */
import type { GroupCode, PersonalCode, VotingCode } from '../../../shared/contract';
import { escapeHtml } from '../reports/html/format';
import { sarabunFontFaces } from '../reports/html/fonts';
import { groupDigits } from './secrets';

export type SlipKind = 'voting' | 'personal' | 'group';

interface Slip {
  heading: string;
  code: string;
  line: string;
}

const TH = {
  voting: 'รหัสลงคะแนนทางโทรศัพท์ (ใช้ได้คนเดียว)',
  personal: 'รหัสส่วนตัวสำหรับยืนยันตัวตนทางโทรศัพท์',
  group: 'รหัสกลุ่ม สำหรับผู้จดของกลุ่ม',
  slip: (n: number) => `บัตรที่ ${n}`,
  badge: (n: number, name: string) => `หมายเลข ${n} · ${name}`,
  howTo: 'สแกน QR บนจอ แล้วกรอกรหัสนี้เมื่อระบบถาม',
  howToGroup: 'สแกน QR บนจอ เลือก "เข้าร่วมด้วยรหัสกลุ่ม" แล้วกรอกรหัสนี้',
  empty: 'ยังไม่มีรหัส',
};

export function slipsOf(kind: SlipKind, codes: { voting?: VotingCode[]; personal?: PersonalCode[]; group?: GroupCode[] }): Slip[] {
  switch (kind) {
    case 'voting':
      return (codes.voting ?? []).map((c) => ({ heading: TH.voting, code: groupDigits(c.code), line: TH.slip(c.number) }));
    case 'personal':
      return (codes.personal ?? []).map((c) => ({ heading: TH.personal, code: c.code, line: TH.badge(c.badgeNumber, c.name) }));
    case 'group':
      return (codes.group ?? []).map((c) => ({ heading: TH.group, code: groupDigits(c.code), line: c.name }));
  }
}

export function slipsHtml(forumTitle: string, kind: SlipKind, slips: readonly Slip[]): string {
  const how = kind === 'group' ? TH.howToGroup : TH.howTo;
  const cells = slips
    .map(
      (s) => `<div class="slip"><div class="forum">${escapeHtml(forumTitle)}</div><div class="heading">${escapeHtml(s.heading)}</div>
<div class="code">${escapeHtml(s.code)}</div><div class="line">${escapeHtml(s.line)}</div><div class="how">${escapeHtml(how)}</div></div>`,
    )
    .join('\n');
  return `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>${escapeHtml(forumTitle)}</title><style>
${sarabunFontFaces()}
@page { size: A4; margin: 8mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: Sarabun, sans-serif; color: #000; }
.sheet { display: grid; grid-template-columns: repeat(3, 1fr); grid-auto-rows: 35mm; }
.slip { border: 0.3mm dashed #555; padding: 2.5mm 3mm; overflow: hidden; break-inside: avoid; display: flex; flex-direction: column; }
.forum { font-size: 9pt; line-height: 1.2; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.heading { font-size: 9pt; font-weight: 700; }
.code { font-size: 24pt; font-weight: 700; letter-spacing: 1mm; line-height: 1.15; font-variant-numeric: tabular-nums; }
.line { font-size: 10pt; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.how { font-size: 7.5pt; color: #333; margin-top: auto; }
.empty { font-size: 16pt; padding: 20mm; }
</style></head><body>${slips.length === 0 ? `<p class="empty">${TH.empty}</p>` : `<div class="sheet">${cells}</div>`}</body></html>`;
}
