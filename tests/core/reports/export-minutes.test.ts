/** reports.export: the file's name, type and bytes for each format the core writes itself. */
import { expect, it } from 'vitest';
import { slug } from '../../../electron/core/reports/export';
import { openCore, steppingClock } from '../../support/core';
import { seedSampleForum } from '../../support/sample-forum';

it('exports the minutes model as pretty JSON under a name made of the date and the title', async () => {
  // The clock runs while the forum is seeded, then stands still so both reads are of one moment.
  const step = steppingClock();
  let frozen: Date | null = null;
  const t = await openCore({ now: () => frozen ?? step() });
  const s = await seedSampleForum(t);
  frozen = step();
  const file = await t.call('reports.export', { forumId: s.forumId, format: 'json', thaiDigits: false });
  const model = await t.call('reports.minutes', { forumId: s.forumId });
  const text = Buffer.from(file.base64, 'base64').toString('utf8');
  expect(text).toContain('\n  "forum": {');
  expect(JSON.parse(text)).toEqual(model);
  expect(file).toMatchObject({
    fileName: 'minutes-2026-11-23-เวทีประชาคมหมู่บ้านเพื่อจัดทำแผนพัฒนาหมู่บ้าน-ประจำปี-2570.json',
    mimeType: 'application/json',
    pages: null,
  });
});

it('keeps Thai letters and marks in file names and turns everything else into single dashes', () => {
  expect(slug('เวทีประชาคม หมู่ที่ 3/2569: "บ้านหนองบัว"')).toBe('เวทีประชาคม-หมู่ที่-3-2569-บ้านหนองบัว');
  expect(slug('../../etc/passwd')).toBe('etc-passwd');
  expect(slug('***')).toBe('forum');
  expect(Array.from(slug('ก'.repeat(100)))).toHaveLength(60);
});
