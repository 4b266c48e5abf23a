/**
 * What the facilitator prints for the room, printed by the system Chromium and read back with
 * poppler: the one-page venue guide (Thai or English; with the open room's QR code, which must
 * scan to the room's address, and its code) and the A4 sheets of voting-code slips to cut.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { openPdf } from '../reports/pdf-tools';
import { openRoom } from './harness';

const LONG_TITLE = 'เวทีประชาคมหมู่ 7 บ้านหนองหญ้าปล้อง ตำบลหนองบัวแดง อำเภอภักดีชุมพล จังหวัดชัยภูมิ ครั้งที่ 2/2569';

/** A room open for a forum with the longest title the sample data has. */
async function longTitledRoom() {
  const t = await openRoom();
  await t.call('forums.update', { id: t.forum.id, patch: { title: LONG_TITLE } });
  return t;
}

const pdfOf = (file: { base64: string }) => openPdf(Buffer.from(file.base64, 'base64'));

/** The QR code on a PDF page, read as a phone's camera would: the page as pixels, then jsQR. */
function decodeQr(pdfFile: string): string | null {
  const prefix = path.join(path.dirname(pdfFile), 'qr');
  // A PPM is a short text header and raw RGB bytes: nothing to decode but the code itself.
  execFileSync('pdftoppm', ['-r', '150', '-f', '1', '-l', '1', '-singlefile', pdfFile, prefix]);
  const ppm = fs.readFileSync(`${prefix}.ppm`);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('not a PPM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const rgb = ppm.subarray(header[0].length);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    rgba[i * 4] = rgb[i * 3] as number;
    rgba[i * 4 + 1] = rgb[i * 3 + 1] as number;
    rgba[i * 4 + 2] = rgb[i * 3 + 2] as number;
    rgba[i * 4 + 3] = 255;
  }
  return jsQR(rgba, width, height)?.data ?? null;
}

describe('printed sheets for the room', () => {
  it('the venue guide in Thai fits one page, with the network, firewall and mobile-data notes, and says where the address will go while the room is closed', async () => {
    const t = await longTitledRoom();
    await t.call('room.close', { forumId: t.forum.id });
    const file = await t.call('room.venueGuide', { forumId: t.forum.id });
    expect(file.mimeType).toBe('application/pdf');
    expect(file.fileName).toMatch(/^venue-guide-th-.*\.pdf$/);
    const pdf = pdfOf(file);
    expect(pdf.pages).toBe(1);
    expect(file.pages).toBe(1);
    expect(pdf.fonts()).toMatch(/Sarabun/);
    const text = pdf.text().replace(/\s+/g, ' ');
    for (const phrase of ['คู่มือเตรียมสถานที่', 'เครือข่ายเดียวกัน', 'เราเตอร์พกพา', 'ไฟร์วอลล์', 'เครือข่ายส่วนตัว (Private)', 'ปิด "ข้อมูลมือถือ"', 'บันทึกแล้ว']) {
      expect(text).toContain(phrase);
    }
    expect(text).toContain('ที่อยู่และรหัสจะพิมพ์ไว้ตรงนี้เมื่อเปิดห้อง');
    expect(decodeQr(pdf.file)).toBeNull();
  });

  it('the venue guide in English, with the room open, carries a QR code that scans to the room, its address and code, on one page', async () => {
    const t = await longTitledRoom();
    const room = (await t.call('room.status', { forumId: t.forum.id })).room;
    if (!room) throw new Error('the room is not open');
    const file = await t.call('room.venueGuide', { forumId: t.forum.id, language: 'en' });
    const pdf = pdfOf(file);
    expect(pdf.pages).toBe(1);
    const text = pdf.text().replace(/\s+/g, ' ');
    for (const phrase of ['Venue guide', 'one network', 'travel router', 'Private networks', 'turn mobile data off', 'never counted twice']) expect(text).toContain(phrase);
    expect(text).toContain(`${room.host}:${room.port}`);
    expect(text).toContain(room.code);
    expect(decodeQr(pdf.file)).toBe(room.url);
  });

  it('voting-code slips: 24 to an A4 page, every code once with its slip number', async () => {
    const t = await openRoom();
    const codes = await t.call('room.addVotingCodes', { forumId: t.forum.id, count: 30 });
    const pdf = pdfOf(await t.call('room.slips', { forumId: t.forum.id, kind: 'voting' }));
    expect(pdf.pages).toBe(2);
    const text = pdf.text().replace(/\s+/g, '');
    for (const c of codes) {
      expect(text.split(c.code).length - 1).toBe(1);
      expect(text).toContain(`บัตรที่${c.number}`);
    }
    expect(pdf.text({ first: 2, last: 2 }).replace(/\s+/g, '')).toContain('บัตรที่25');
  });
});
