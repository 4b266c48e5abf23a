import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../shared/contract';
import { openCore } from '../../support/core';
import { personDraft } from '../../support/factories';
import { addAgendaItem, addIssue, newForum } from '../notes/support';

const seg = (text: string, match = false) => ({ text, match });

async function setUp() {
  const t = await openCore();
  const forumA = await newForum(t, 'เวทีบ้านหนองบัว');
  const forumB = await newForum(t, 'เวทีบ้านโนนสูง');
  const search = async (query: string, forumId?: string, limit?: number) => t.call('search.query', { query, forumId, limit });
  return { t, forumA, forumB, search };
}

const brief = (hits: SearchHit[]) => hits.map((h) => [h.kind, h.forumTitle, h.title, h.snippet]);

describe('search over notes and issues', () => {
  it('finds a Thai substring of three or more characters in notes and issues, matches marked exactly, issues first', async () => {
    const { t, forumA, forumB, search } = await setUp();
    const n1 = await t.call('notes.create', { forumId: forumA, text: 'ชาวบ้านขอให้ซ่อมถนนในหมู่บ้าน' });
    await t.call('notes.create', { forumId: forumA, text: 'ปัญหาน้ำประปาไม่ไหล' });
    const n3 = await t.call('notes.create', { forumId: forumB, text: 'ถนนลูกรังเป็นหลุมเป็นบ่อ ต้องซ่อมถนนด่วน' });
    const issue = addIssue(t, forumA, { title: 'ถนนชำรุด', description: 'ถนนเข้าหมู่บ้านเป็นหลุม' });
    addIssue(t, forumA, { title: 'ขยะล้นถัง', description: null });

    const { results, more } = await search('ซ่อมถนน');
    expect(more).toBe(false);
    // Newest note first.
    expect(brief(results)).toEqual([
      ['note', 'เวทีบ้านโนนสูง', null, [seg('ถนนลูกรังเป็นหลุมเป็นบ่อ ต้อง'), seg('ซ่อมถนน', true), seg('ด่วน')]],
      ['note', 'เวทีบ้านหนองบัว', null, [seg('ชาวบ้านขอให้'), seg('ซ่อมถนน', true), seg('ในหมู่บ้าน')]],
    ]);
    expect(results.map((r) => r.id)).toEqual([n3.id, n1.id]);
    expect(results[1]).toMatchObject({ forumId: forumA, agendaItemId: null, at: n1.createdAt, highlights: ['ซ่อมถนน'] });

    const road = await search('ถนน', forumA);
    expect(brief(road.results)).toEqual([
      ['issue', 'เวทีบ้านหนองบัว', [seg('ถนน', true), seg('ชำรุด')], [seg('ถนน', true), seg('เข้าหมู่บ้านเป็นหลุม')]],
      ['note', 'เวทีบ้านหนองบัว', null, [seg('ชาวบ้านขอให้ซ่อม'), seg('ถนน', true), seg('ในหมู่บ้าน')]],
    ]);
    expect(road.results[0]).toMatchObject({ id: issue, speaker: null, highlights: ['ถนน'] });
    expect(road.results[1]?.speaker).toBeNull();
    // A match only in the title: the description comes unmarked; no description: no snippet.
    expect(brief((await search('ชำรุด')).results)).toEqual([
      ['issue', 'เวทีบ้านหนองบัว', [seg('ถนน'), seg('ชำรุด', true)], [seg('ถนนเข้าหมู่บ้านเป็นหลุม')]],
    ]);
    expect(brief((await search('ล้นถัง')).results)).toEqual([['issue', 'เวทีบ้านหนองบัว', [seg('ขยะ'), seg('ล้นถัง', true)], []]]);
  });

  it('every space-separated word must appear, in any order, each marked', async () => {
    const { t, forumA, search } = await setUp();
    const person = await t.call('people.create', personDraft({ titlePrefix: 'นาง', firstName: 'อำไพ', lastName: 'สายทอง' }));
    await t.call('notes.create', { forumId: forumA, text: 'ขอไฟฟ้าส่องสว่างที่ทางแยก', speakerId: person.id });
    await t.call('notes.create', { forumId: forumA, text: 'ขอไฟฟ้าเพิ่ม' });
    const { results } = await search('  ทางแยก   ไฟฟ้า ');
    expect(brief(results)).toEqual([['note', 'เวทีบ้านหนองบัว', null, [seg('ขอ'), seg('ไฟฟ้า', true), seg('ส่องสว่างที่'), seg('ทางแยก', true)]]]);
    expect(results[0]?.highlights).toEqual(['ไฟฟ้า', 'ทางแยก']);
    expect(results[0]?.speaker).toEqual({ id: person.id, name: 'นางอำไพ สายทอง' });
  });

  it('falls back to LIKE for one or two characters, marking the matches itself', async () => {
    const { t, forumA, search } = await setUp();
    await t.call('notes.create', { forumId: forumA, text: 'น้ำประปาไม่ไหล' });
    addIssue(t, forumA, { title: 'ประปา', description: 'ท่อแตก' });
    expect(brief((await search('ปา')).results)).toEqual([
      ['issue', 'เวทีบ้านหนองบัว', [seg('ประ'), seg('ปา', true)], [seg('ท่อแตก')]],
      ['note', 'เวทีบ้านหนองบัว', null, [seg('น้ำประ'), seg('ปา', true), seg('ไม่ไหล')]],
    ]);
    expect(brief((await search('ไ')).results)).toEqual([['note', 'เวทีบ้านหนองบัว', null, [seg('น้ำประปา'), seg('ไ', true), seg('ม่'), seg('ไ', true), seg('หล')]]]);
    // A short word with a long one: the index finds the candidates, LIKE checks the short word, both are marked.
    expect(brief((await search('ไหล น้ำ')).results)).toEqual([
      ['note', 'เวทีบ้านหนองบัว', null, [seg('น้ำ', true), seg('ประปาไม่'), seg('ไหล', true)]],
    ]);
    expect(brief((await search('ปา ท่อ')).results)).toEqual([['issue', 'เวทีบ้านหนองบัว', [seg('ประ'), seg('ปา', true)], [seg('ท่อ', true), seg('แตก')]]]);
    // LIKE's own wildcards are plain characters here.
    expect((await search('%')).results).toEqual([]);
    expect((await search('_')).results).toEqual([]);
  });

  it('one forum or all; not deleted notes, merged issues or forums in the trash', async () => {
    const { t, forumA, forumB, search } = await setUp();
    const a = await t.call('notes.create', { forumId: forumA, text: 'ขอสร้างศาลาประชาคม' });
    const b = await t.call('notes.create', { forumId: forumB, text: 'ศาลาประชาคมทรุด' });
    const survivor = addIssue(t, forumA, { title: 'ศาลาประชาคมเก่า' });
    addIssue(t, forumA, { title: 'ศาลาประชาคมชำรุด', mergedInto: survivor });
    const ids = async (q: string, forumId?: string) => (await search(q, forumId)).results.map((r) => r.id);

    expect(await ids('ศาลา')).toEqual([survivor, b.id, a.id]);
    expect(await ids('ศาลา', forumB)).toEqual([b.id]);
    expect(await ids('ศา', forumB)).toEqual([b.id]);
    await t.call('notes.delete', { id: a.id });
    expect(await ids('ศาลา')).toEqual([survivor, b.id]);
    expect(await ids('ศา')).toEqual([survivor, b.id]);
    await t.call('notes.restore', { id: a.id });
    expect(await ids('ศาลา', forumA)).toEqual([survivor, a.id]);
    await t.call('forums.delete', { id: forumA });
    expect(await ids('ศาลา')).toEqual([b.id]);
    expect(await ids('ศา')).toEqual([b.id]);
    expect(await ids('ศาลา', forumA)).toEqual([]);
  });

  it('quotes and FTS5 syntax in the query are searched for as text, never an error', async () => {
    const { t, forumA, search } = await setUp();
    await t.call('notes.create', { forumId: forumA, text: 'ป้ายเขียนว่า "ห้ามทิ้งขยะ" ครับ' });
    await t.call('notes.create', { forumId: forumA, text: 'ผู้ใหญ่บ้าน AND ผู้ช่วย' });
    expect((await search('"ห้ามทิ้ง')).results[0]?.snippet).toEqual([seg('ป้ายเขียนว่า '), seg('"ห้ามทิ้ง', true), seg('ขยะ" ครับ')]);
    expect((await search('ขยะ"')).results[0]?.highlights).toEqual(['ขยะ"']);
    expect((await search('AND')).results[0]?.snippet).toEqual([seg('ผู้ใหญ่บ้าน '), seg('AND', true), seg(' ผู้ช่วย')]);
    // Case-insensitive, as trigram is by default.
    expect((await search('and')).results[0]?.highlights).toEqual(['AND']);
    for (const q of ['"', '""', 'NEAR(a b)', 'text:ขยะ', '*', '^ขยะ', '(ขยะ', 'ขยะ OR', '-ขยะ', "'"]) {
      await expect(search(q)).resolves.toBeDefined();
    }
    // And for any text at all.
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 12 }), async (q) => {
        await search(q);
      }),
      { numRuns: 150 },
    );
  });

  it('a long note gives an excerpt around the match, cut between words, cut ends marked', async () => {
    const { t, forumA, search } = await setUp();
    // The match is past the first 64 characters: the excerpt starts a little before it, at the start of a word
    // (not inside แหล่ง, nor on its tone mark), and ends at the end of one.
    const text = `${'ชาวบ้านเสนอให้ปรับปรุงแหล่งน้ำ '.repeat(4)}ขขโดยเฉพาะฝายกั้นน้ำที่พังไปเมื่อปีที่แล้ว ${'และขอให้อบต.สนับสนุนงบประมาณ '.repeat(4)}`;
    await t.call('notes.create', { forumId: forumA, text });
    expect((await search('ฝายกั้น')).results[0]?.snippet).toEqual([
      seg('…แหล่งน้ำ ขขโดยเฉพาะ'),
      seg('ฝายกั้น', true),
      seg('น้ำที่พังไปเมื่อปีที่แล้ว และขอให้…'),
    ]);
    // The LIKE fallback cuts its own excerpt, the same way.
    const snippet = (await search('ฝา')).results[0]?.snippet ?? [];
    const joined = snippet.map((s) => s.text).join('');
    expect(joined.startsWith('…') && joined.endsWith('…')).toBe(true);
    expect(text.includes(joined.slice(1, -1))).toBe(true);
    expect([...joined.slice(1, -1)].length).toBeLessThanOrEqual(64);
    expect(snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['ฝา']);
    // A match within the first 64 characters: the excerpt starts with the text.
    const early = `ชาวบ้านเสนอให้สร้างฝายชะลอน้ำที่ลำห้วยหลังหมู่บ้านก่อนฤดูแล้งปีหน้า ${'และขอให้อบต.สนับสนุนงบประมาณ '.repeat(2)}`;
    await t.call('notes.create', { forumId: forumA, text: early });
    expect((await search('ชะลอน้ำ')).results[0]?.snippet.map((s) => s.text)).toEqual(['ชาวบ้านเสนอให้สร้างฝาย', 'ชะลอน้ำ', 'ที่ลำห้วยหลังหมู่บ้านก่อนฤดูแล้งปี…']);
  });

  it('limit, and whether there is more; a blank query gives nothing', async () => {
    const { t, forumA, search } = await setUp();
    addIssue(t, forumA, { title: 'น้ำท่วมขัง' });
    const notes = [];
    for (const i of [1, 2, 3]) notes.push(await t.call('notes.create', { forumId: forumA, text: `น้ำท่วมครั้งที่ ${i}` }));
    const page = await search('น้ำท่วม', undefined, 3);
    expect(page.more).toBe(true);
    expect(page.results.map((r) => r.kind)).toEqual(['issue', 'note', 'note']);
    expect(page.results.slice(1).map((r) => r.id)).toEqual([notes[2]?.id, notes[1]?.id]);
    expect((await search('น้ำท่วม', undefined, 4)).more).toBe(false);
    expect((await search('น้ำท่วม', undefined, 1)).results.map((r) => r.kind)).toEqual(['issue']);
    expect(await search('   ')).toEqual({ results: [], more: false });
  });
});

/** ำ written as ํ + า, as text copied from a PDF has it. */
const SPLIT_AM = (s: string) => s.replaceAll('ำ', '\u0E4D\u0E32');

describe('Thai written two ways, and resolutions', () => {
  it('ำ written as ํ + า and ำ find each other in notes, issues and resolutions, by the index and by LIKE, marked as written', async () => {
    const { t, forumA, search } = await setUp();
    const copied = await t.call('notes.create', { forumId: forumA, text: SPLIT_AM('ขาดน้ำประปาในหน้าแล้ง') });
    const typed = await t.call('notes.create', { forumId: forumA, text: 'น้ำท่วมขังหน้าโรงเรียน' });
    const issue = addIssue(t, forumA, { title: SPLIT_AM('น้ำไม่พอใช้'), description: null });
    const decided = await t.call('notes.setResolution', { forumId: forumA, agendaItemId: null, text: SPLIT_AM('ขุดลอกสระน้ำสาธารณะ') });
    expect(copied.text).toContain('\u0E4D\u0E32');

    // Typed with ำ: finds the copied text too; the mark covers the text as it is stored (ํ + า).
    const water = await search('น้ำ');
    expect(water.results.map((r) => [r.kind, r.id])).toEqual([
      ['issue', issue],
      ['resolution', decided.id],
      ['note', typed.id],
      ['note', copied.id],
    ]);
    expect(water.results.find((r) => r.id === copied.id)?.snippet).toEqual([seg('ขาด'), seg(SPLIT_AM('น้ำ'), true), seg('ประปาในหน้าแล้ง')]);
    expect(water.results.find((r) => r.id === copied.id)?.highlights).toEqual([SPLIT_AM('น้ำ')]);
    expect(water.results[0]?.title).toEqual([seg(SPLIT_AM('น้ำ'), true), seg('ไม่พอใช้')]);
    // Copied with ํ + า: finds the text typed with ำ.
    expect((await search(SPLIT_AM('น้ำท่วม'))).results.map((r) => r.id)).toEqual([typed.id]);
    expect((await search(SPLIT_AM('สระน้ำ'))).results.map((r) => r.id)).toEqual([decided.id]);
    // One or two characters go through LIKE, normalised the same way: "ำ" finds "ํา" and the other way round.
    expect((await search('ำป')).results.map((r) => r.id)).toEqual([copied.id]);
    expect((await search(SPLIT_AM('ำท'))).results.map((r) => r.id)).toEqual([typed.id]);
  });

  it('finds resolutions, with the agenda item they were decided under, numbered as the agenda shows it', async () => {
    const { t, forumA, forumB, search } = await setUp();
    const four = addAgendaItem(t, forumA, 'เรื่องเพื่อพิจารณา', 3);
    addAgendaItem(t, forumA, 'ประธานแจ้งให้ทราบ', 0);
    const sub = addAgendaItem(t, forumA, 'ปัญหาและความต้องการ', 0, four);
    const r1 = await t.call('notes.setResolution', { forumId: forumA, agendaItemId: sub, text: 'ที่ประชุมมีมติให้ขุดลอกหนองน้ำสาธารณะ' });
    const r2 = await t.call('notes.setResolution', { forumId: forumB, agendaItemId: null, text: 'มติให้ขุดลอกคลองส่งน้ำ' });
    await t.call('notes.create', { forumId: forumA, text: 'เสนอให้ขุดลอกหนองน้ำ', agendaItemId: sub });

    const found = await search('ขุดลอก');
    expect(found.results.map((r) => [r.kind, r.id])).toEqual([
      ['resolution', r2.id],
      ['resolution', r1.id],
      ['note', expect.any(String)],
    ]);
    expect(found.results[1]).toMatchObject({
      forumId: forumA,
      agendaItemId: sub,
      agendaItem: { number: '2.1', title: 'ปัญหาและความต้องการ' },
      speaker: null,
      title: null,
      snippet: [seg('ที่ประชุมมีมติให้'), seg('ขุดลอก', true), seg('หนองน้ำสาธารณะ')],
      highlights: ['ขุดลอก'],
      at: r1.createdAt,
    });
    expect(found.results[0]).toMatchObject({ forumId: forumB, agendaItemId: null, agendaItem: null });
    // A note's hit names its item too.
    expect(found.results[2]?.agendaItem).toEqual({ number: '2.1', title: 'ปัญหาและความต้องการ' });
    // One forum; a changed resolution is found by its new words only; a deleted one not at all.
    expect((await search('ขุดลอก', forumB)).results.map((r) => r.id)).toEqual([r2.id]);
    await t.call('notes.setResolution', { forumId: forumB, agendaItemId: null, text: 'มติให้ซ่อมถนนลูกรัง' });
    expect((await search('คลองส่ง')).results).toEqual([]);
    expect((await search('ถนนลูกรัง')).results.map((r) => r.id)).toEqual([r2.id]);
    await t.call('notes.deleteResolution', { id: r2.id });
    expect((await search('ถนนลูกรัง')).results).toEqual([]);
  });
});
