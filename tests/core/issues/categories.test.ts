import { describe, expect, it } from 'vitest';
import { openIssues } from './harness';

const DEFAULT_KEYS = ['economy', 'society', 'health', 'environment', 'infrastructure', 'education', 'culture', 'governance', 'other'];

describe('issues: categories', () => {
  it('a forum starts with the default list, counting active issues per category', async () => {
    const { call, forum, peek } = await openIssues();
    const [a, b] = await call('issues.quickAdd', { forumId: forum.id, text: 'ถนนชำรุด\nไฟดับ', category: 'infrastructure' });
    await call('issues.create', { forumId: forum.id, title: 'ผู้สูงอายุขาดคนดูแล', category: 'health' });
    if (!a || !b) throw new Error('quick add made fewer than two');
    await call('issues.merge', { survivorId: a.id, mergedId: b.id });

    const categories = await call('issues.categories', { forumId: forum.id });
    expect(categories.map((c) => c.key)).toEqual(DEFAULT_KEYS);
    expect(categories.every((c) => c.label === null && c.builtIn)).toBe(true);
    // The merged one no longer counts.
    expect(Object.fromEntries(categories.filter((c) => c.issueCount > 0).map((c) => [c.key, c.issueCount]))).toEqual({ health: 1, infrastructure: 1 });
    expect(peek('SELECT issue_categories FROM forum')).toEqual([{ issue_categories: null }]);
  });

  it('custom categories need a label and get a key; default ones may be relabelled or dropped when unused', async () => {
    const { call, forum, peek } = await openIssues();
    const list = await call('issues.setCategories', {
      forumId: forum.id,
      categories: [{ key: 'economy', label: 'เศรษฐกิจและอาชีพ' }, { label: 'การเกษตร' }, { key: 'health' }, { key: 'water', label: 'แหล่งน้ำ' }],
    });
    expect(list).toEqual([
      { key: 'economy', label: 'เศรษฐกิจและอาชีพ', builtIn: true, issueCount: 0 },
      { key: expect.stringMatching(/^custom-[0-9a-f]{12}$/), label: 'การเกษตร', builtIn: false, issueCount: 0 },
      { key: 'health', label: null, builtIn: true, issueCount: 0 },
      { key: 'water', label: 'แหล่งน้ำ', builtIn: false, issueCount: 0 },
    ]);
    expect(await call('issues.categories', { forumId: forum.id })).toEqual(list);
    const farming = list[1]?.key as string;
    expect((await call('issues.create', { forumId: forum.id, title: 'ราคายางตกต่ำ', category: farming })).category).toBe(farming);
    // A category no longer on the list cannot be given.
    await expect(call('issues.create', { forumId: forum.id, title: 'ขยะ', category: 'environment' })).rejects.toMatchObject({ code: 'validation' });

    // Going back to the defaults stores "use the defaults" again; the farming issue moves to other.
    const rubber = (await call('issues.list', { forumId: forum.id }))[0];
    await call('issues.setCategories', { forumId: forum.id, categories: DEFAULT_KEYS.map((key) => ({ key })), reassignTo: 'other' });
    expect((await call('issues.get', { id: rubber?.id as string })).category).toBe('other');
    expect(peek('SELECT issue_categories FROM forum')).toEqual([{ issue_categories: null }]);
  });

  it('the schema refuses a custom category without a label and a key listed twice', async () => {
    const { call, forum } = await openIssues();
    await expect(call('issues.setCategories', { forumId: forum.id, categories: [{ key: 'water' }] })).rejects.toMatchObject({
      code: 'validation',
      details: [{ path: ['categories', '0', 'label'] }],
    });
    await expect(call('issues.setCategories', { forumId: forum.id, categories: [{}] })).rejects.toMatchObject({ code: 'validation' });
    await expect(call('issues.setCategories', { forumId: forum.id, categories: [{ key: 'health' }, { key: 'health', label: 'สุขภาพ' }] })).rejects.toMatchObject({
      code: 'validation',
      details: [{ path: ['categories', '1', 'key'] }],
    });
    await expect(call('issues.setCategories', { forumId: forum.id, categories: [{ key: 'Health Care', label: 'x' }] })).rejects.toMatchObject({ code: 'validation' });
  });

  it('refuses removing a category still in use unless reassignTo says where its issues go', async () => {
    const { call, forum, peek } = await openIssues();
    const [road, light] = await call('issues.quickAdd', { forumId: forum.id, text: 'ถนนชำรุด\nไฟดับ', category: 'infrastructure' });
    const elderly = await call('issues.create', { forumId: forum.id, title: 'ผู้สูงอายุขาดคนดูแล', category: 'health' });
    const hidden = await call('issues.create', { forumId: forum.id, title: 'ไฟฟ้าตก', category: 'infrastructure' });
    if (!road || !light) throw new Error('quick add made fewer than two');
    await call('issues.merge', { survivorId: light.id, mergedId: hidden.id });
    const without = (...keys: string[]) => DEFAULT_KEYS.filter((k) => !keys.includes(k)).map((key) => ({ key }));

    await expect(call('issues.setCategories', { forumId: forum.id, categories: without('infrastructure', 'health', 'culture') })).rejects.toMatchObject({
      code: 'conflict',
      messageKey: 'issue.category_in_use',
      details: {
        categories: [
          { key: 'health', issueCount: 1 },
          { key: 'infrastructure', issueCount: 2 },
        ],
      },
    });
    await expect(
      call('issues.setCategories', { forumId: forum.id, categories: without('infrastructure'), reassignTo: 'infrastructure' }),
    ).rejects.toMatchObject({ code: 'validation', messageKey: 'issue.reassign_unknown' });
    expect(peek('SELECT issue_categories FROM forum')).toEqual([{ issue_categories: null }]);

    // An unused category goes without asking.
    expect((await call('issues.setCategories', { forumId: forum.id, categories: without('culture') })).map((c) => c.key)).not.toContain('culture');

    await call('issues.setCategories', {
      forumId: forum.id,
      categories: [...without('culture', 'infrastructure'), { key: 'roads', label: 'ถนนและไฟฟ้า' }],
      reassignTo: 'roads',
    });
    const byId = async (id: string) => (await call('issues.get', { id })).category;
    expect([await byId(road.id), await byId(light.id), await byId(hidden.id), await byId(elderly.id)]).toEqual(['roads', 'roads', 'roads', 'health']);

    await call('issues.setCategories', { forumId: forum.id, categories: without('culture', 'infrastructure', 'health'), reassignTo: null });
    expect(await byId(elderly.id)).toBeNull();
  });

  it('byCategory groups active issues in list order, empty categories included, uncategorised last', async () => {
    const { call, forum } = await openIssues();
    await call('issues.setCategories', { forumId: forum.id, categories: [{ key: 'health' }, { key: 'water', label: 'แหล่งน้ำ' }, { key: 'other' }] });
    const [drought, flood] = await call('issues.quickAdd', { forumId: forum.id, text: 'น้ำแล้ง\nน้ำท่วม', category: 'water' });
    await call('issues.create', { forumId: forum.id, title: 'ไข้เลือดออก', category: 'health' });
    await call('issues.create', { forumId: forum.id, title: 'ยังไม่จัดหมวด' });
    if (!drought || !flood) throw new Error('quick add made fewer than two');
    await call('issues.move', { id: flood.id, index: 0 });

    const groups = await call('issues.byCategory', { forumId: forum.id });
    expect(groups.map((g) => [g.category?.key ?? null, g.issues.map((i) => i.title)])).toEqual([
      ['health', ['ไข้เลือดออก']],
      ['water', ['น้ำท่วม', 'น้ำแล้ง']],
      ['other', []],
      [null, ['ยังไม่จัดหมวด']],
    ]);
    expect(groups[1]?.category).toEqual({ key: 'water', label: 'แหล่งน้ำ', builtIn: false, issueCount: 2 });
  });
});
