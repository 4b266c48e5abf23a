/** The merged priority list's line and tie warning, with the app's own Thai and English strings. */
import i18next from 'i18next';
import { expect, it } from 'vitest';
import { mergeSourceText } from '../../../../renderer/features/priorities/priority-source-text';
import { en, th } from '../../../../renderer/i18n/resources';

const format = { number: (n: number) => String(n), dateTime: (iso: string) => `[${iso}]` };

async function tFor(lng: 'th' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { th: { translation: th }, en: { translation: en } }, lng, fallbackLng: false, interpolation: { escapeValue: false } });
  return i18n.t;
}

const source = (ids: number, tie: boolean) => ({
  kind: 'merge' as const,
  method: 'borda' as const,
  sourceForumIds: Array.from({ length: ids }, (_, i) => `01936d2a-0000-7000-8000-00000000000${i}`),
  tie,
  mergedAt: '2026-11-23T03:00:00.000Z',
});

it('says how many villages were merged, counted how and when; warns only on a tie', async () => {
  const tTh = await tFor('th');
  expect(mergeSourceText(tTh, source(3, false), format)).toEqual({
    line: 'รวมจากลำดับความสำคัญของ 3 หมู่บ้าน (นับแบบบอร์ดา) เมื่อ [2026-11-23T03:00:00.000Z]',
    tie: null,
  });
  expect(mergeSourceText(tTh, source(3, true), format).tie).toContain('คะแนนรวมเท่ากันที่อันดับหนึ่ง');

  const tEn = await tFor('en');
  expect(mergeSourceText(tEn, source(2, true), format)).toEqual({
    line: 'Merged from the priority lists of 2 villages (counted by Borda count) on [2026-11-23T03:00:00.000Z]',
    tie: 'Tie for first place: this forum settles it, by a poll of its own or by ordering the list by hand',
  });
  expect(mergeSourceText(tEn, source(1, false), format).line).toMatch(/^Merged from the priority lists of 1 village \(/);
});
