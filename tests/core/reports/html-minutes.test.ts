/** The minutes page itself: self-contained, escaped, Thai digits on request, polls under their items. */
import { expect, it } from 'vitest';
import type { MinutesModel } from '../../../shared/contract';
import { renderMinutesHtml } from '../../../electron/core/reports/html/render';
import { openCore, steppingClock } from '../../support/core';
import { seedSampleForum } from '../../support/sample-forum';

async function sampleModel(): Promise<MinutesModel> {
  const t = await openCore({ now: steppingClock() });
  const s = await seedSampleForum(t);
  return t.call('reports.minutes', { forumId: s.forumId });
}

/** What a reader sees: the body's text, without markup, styles or the charts' accessible titles. */
function visibleText(html: string): string {
  const body = html.slice(html.indexOf('<body>'));
  return body
    .replace(/<title>[\s\S]*?<\/title>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '');
}

it('shows a name with markup in it as text, never as markup', async () => {
  const model = await sampleModel();
  const evil = '<script>alert("x")</script> & <b>ตัวหนา</b>';
  const [first] = model.present;
  const [item] = model.items;
  if (!first || !item) throw new Error('the sample forum has people present and an agenda');
  first.name = evil;
  item.summary = '<img src=x onerror=alert(1)>';
  const html = renderMinutesHtml(model, { thaiDigits: false });
  expect(html).not.toMatch(/<script|<img|<b>/i);
  expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;ตัวหนา&lt;/b&gt;');
  expect(visibleText(html)).toContain(evil);
  expect(visibleText(html)).toContain('<img src=x onerror=alert(1)>');
});

it('needs nothing outside itself: fonts embedded, charts inline SVG, no script or external reference', async () => {
  const html = renderMinutesHtml(await sampleModel(), { thaiDigits: false });
  expect(html).toMatch(/^<!doctype html><html lang="th">/);
  const fonts = [...html.matchAll(/@font-face\{font-family:"Sarabun";font-style:normal;font-weight:(\d+);src:url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\)/g)];
  expect(new Set(fonts.map((f) => f[1]))).toEqual(new Set(['400', '700']));
  for (const font of fonts) expect(Buffer.from(font[2] ?? '', 'base64').subarray(0, 4).toString('latin1')).toBe('wOF2');
  expect(html).not.toMatch(/<script|<img|<link|https?:\/\/(?!www\.w3\.org\/2000\/svg)/i);
  // A chart for each poll at least, drawn with rectangles.
  expect((html.match(/<svg class="chart"/g) ?? []).length).toBeGreaterThanOrEqual(2);
  expect(html).toMatch(/<svg class="chart"[^>]*>.*<rect /);
  // Nothing may allow a break inside a Thai word.
  expect(html).not.toMatch(/break-all|overflow-wrap:\s*anywhere|word-break:\s*break-word/);
});

it('writes every digit as a Thai digit when asked, and none otherwise', async () => {
  const model = await sampleModel();
  const thai = visibleText(renderMinutesHtml(model, { thaiDigits: true }));
  const arabic = visibleText(renderMinutesHtml(model, { thaiDigits: false }));
  expect(thai).not.toMatch(/[0-9]/);
  expect(thai).toContain('ครั้งที่ ๓/๒๕๖๙');
  expect(thai).toContain('เริ่มประชุมเวลา ๐๙.๐๐ น.');
  expect(arabic).not.toMatch(/[๐-๙]/);
  expect(arabic).toContain('เมื่อวันจันทร์ที่ 23 พฤศจิกายน 2569');
  // The page number is in Thai digits either way ("- ๒ -"): the option is for the body text.
  for (const thaiDigits of [true, false]) {
    const html = renderMinutesHtml(model, { thaiDigits });
    expect(html).toContain('content: "- " counter(page, thai) " -"');
    expect(html).not.toMatch(/counter\(page\)/);
  }
});

it('prints each poll under the agenda item it was held in, with its method and tie rule', async () => {
  const model = await sampleModel();
  const text = visibleText(renderMinutesHtml(model, { thaiDigits: false }));
  for (const poll of model.polls) {
    const item = model.items.find((i) => i.pollIds.includes(poll.pollId));
    if (!item) throw new Error('every sample poll is held under an item');
    const next = model.items[model.items.indexOf(item) + 1];
    const at = text.indexOf(`ผลการลงคะแนน: ${poll.title}`);
    expect(at).toBeGreaterThan(text.indexOf(`ระเบียบวาระที่ ${item.number} ${item.title}`));
    if (next) expect(at).toBeLessThan(text.indexOf(`ระเบียบวาระที่ ${next.number} ${next.title}`));
  }
  expect(text).toContain('วิธีลงคะแนน: จัดอันดับ (วิธีบอร์ดา)');
  expect(text).toContain('วิธีลงคะแนน: เห็นด้วย / ไม่เห็นด้วย / งดออกเสียง');
  expect(text).toContain('กติกาเมื่อคะแนนเท่ากัน: ประธานที่ประชุมชี้ขาด');
});

it('lists the sign-in sheet with an empty signature column, one row per registered person', async () => {
  const model = await sampleModel();
  const html = renderMinutesHtml(model, { thaiDigits: false });
  const sheet = html.slice(html.indexOf('<table class="signin">'));
  const rows = sheet.slice(0, sheet.indexOf('</table>')).match(/<tr><td class="c">/g) ?? [];
  expect(rows).toHaveLength(model.annexes.signIn.length);
  expect((sheet.match(/<td class="sign"><\/td>/g) ?? []).length).toBe(model.annexes.signIn.length);
});
