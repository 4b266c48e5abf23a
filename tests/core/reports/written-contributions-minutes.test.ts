/**
 * The minutes' equity annex counts written contributions beside speaking time: when phones sent
 * issues or ideas, a sentence gives the total and a column the share of each group, in the HTML
 * (and so the PDF) and in the DOCX; a forum without the room prints neither.
 */
import JSZip from 'jszip';
import { expect, it } from 'vitest';
import { TH } from '../../../electron/core/reports/html/strings-th';
import { openCore, steppingClock } from '../../support/core';
import { clientId } from '../../support/room';
import { seedSampleForum } from '../../support/sample-forum';

it('prints the written contributions from phones in the equity annex, beside speaking time', async () => {
  const t = await openCore({ now: steppingClock() });
  const s = await seedSampleForum(t);
  const docxText = async () =>
    (await (await JSZip.loadAsync(Buffer.from((await t.call('reports.export', { forumId: s.forumId, format: 'docx' })).base64, 'base64'))).file('word/document.xml')?.async('string')) ?? '';
  const before = (await t.call('reports.preview', { forumId: s.forumId })).html;
  expect(before).not.toContain(TH.colWrittenShare);
  expect(await docxText()).not.toContain(TH.colWrittenShare);

  // One present participant proves who they are on a phone and sends two ideas; another phone sends one anonymously.
  await t.call('room.open', { forumId: s.forumId, host: '127.0.0.1', port: 0 });
  const code = (await t.call('room.personalCodes', { forumId: s.forumId }))[0] as { badgeNumber: number; code: string };
  const gate = t.room.gate();
  const named = gate.voter(gate.join((await t.call('room.status', { forumId: s.forumId })).room?.code ?? '').voterToken);
  if (!named) throw new Error('no voter');
  gate.identify(named, { badgeNumber: code.badgeNumber, personalCode: code.code });
  const voter = gate.refresh(named) ?? named;
  for (const text of ['ขุดลอกหนองน้ำสาธารณะ', 'ตั้งกองทุนซ่อมถนน']) gate.submit(voter, { submissionId: clientId(), kind: 'idea', text, anonymous: false });
  gate.submit(voter, { submissionId: clientId(), kind: 'question', text: 'งบมาจากไหน', anonymous: true });

  const model = await t.call('reports.minutes', { forumId: s.forumId });
  expect(model.annexes.equity.written).toMatchObject({ total: 3, unattributed: 1 });
  const sentence = TH.equityWritten('3', '1');
  const html = (await t.call('reports.preview', { forumId: s.forumId })).html;
  expect(html).toContain(sentence);
  expect(html).toContain(`<th>${TH.colWrittenShare}</th>`);
  const docx = await docxText();
  expect(docx).toContain(sentence);
  expect(docx).toContain(TH.colWrittenShare);
});
