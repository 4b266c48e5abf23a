/** The minutes screen's one save line and its "send everything now" (Ctrl+S, before an export). */
import { describe, expect, it } from 'vitest';
import { asScreenSheet } from '../../../../renderer/features/reports/preview-page';
import { SectionSavers } from '../../../../renderer/features/reports/section-savers';

describe('SectionSavers', () => {
  it('shows the least reassuring state of any box, and the last save time', () => {
    const savers = new SectionSavers();
    let changes = 0;
    savers.subscribe(() => changes++);
    expect(savers.getSnapshot()).toEqual({ state: 'idle', savedAt: null });
    const early = new Date('2026-11-23T02:00:00Z');
    const late = new Date('2026-11-23T02:00:05Z');
    savers.report('opening', 'saved', early);
    expect(savers.getSnapshot()).toEqual({ state: 'saved', savedAt: early });
    savers.report('closing', 'dirty', null);
    expect(savers.getSnapshot().state).toBe('saving');
    savers.report('reviewerName', 'failed', null);
    expect(savers.getSnapshot().state).toBe('failed');
    savers.report('reviewerName', 'saved', late);
    savers.report('closing', 'saved', early);
    expect(savers.getSnapshot()).toEqual({ state: 'saved', savedAt: late });
    expect(changes).toBe(5);
    // The same state again: no new snapshot, so React does not re-render for nothing.
    const before = savers.getSnapshot();
    savers.report('closing', 'saved', early);
    expect(savers.getSnapshot()).toBe(before);
  });

  it('forgets a box that is gone, and flushAll waits for every registered box', async () => {
    const savers = new SectionSavers();
    const flushed: string[] = [];
    let finish: () => void = () => undefined;
    savers.register('opening', { flush: async () => void flushed.push('opening') });
    const unregister = savers.register('closing', {
      flush: () =>
        new Promise<void>((resolve) => {
          finish = () => {
            flushed.push('closing');
            resolve();
          };
        }),
    });
    let done = false;
    const all = savers.flushAll().then(() => {
      done = true;
    });
    await Promise.resolve();
    expect(done).toBe(false);
    finish();
    await all;
    expect(flushed.sort()).toEqual(['closing', 'opening']);

    savers.report('closing', 'failed', null);
    expect(savers.getSnapshot().state).toBe('failed');
    unregister();
    expect(savers.getSnapshot().state).toBe('idle');
    flushed.length = 0;
    await savers.flushAll();
    expect(flushed).toEqual(['opening']);
  });
});

describe('asScreenSheet', () => {
  it('adds the sheet style at the end of the head, after the template’s own', () => {
    const html = '<html><head><style>body{}</style></head><body>x</body></html>';
    const out = asScreenSheet(html);
    expect(out.indexOf('@media screen')).toBeGreaterThan(out.indexOf('body{}'));
    expect(out.indexOf('@media screen')).toBeLessThan(out.indexOf('</head>'));
    expect(out.replace(/<style>@media screen[\s\S]*?<\/style>/, '')).toBe(html);
  });

  it('still adds it to a page without a head', () => {
    expect(asScreenSheet('<p>x</p>')).toMatch(/^<style>@media screen[\s\S]*<\/style><p>x<\/p>$/);
  });
});
