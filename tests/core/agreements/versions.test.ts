import { describe, expect, it } from 'vitest';
import { openPlan } from '../followup/harness';

async function threeParties() {
  const p = await openPlan();
  const forum = await p.forum('เวทีประชาคมหมู่ที่ 3 บ้านหนองบัว');
  const pond = await p.project(forum.id, { title: 'โครงการขุดลอกหนองน้ำสาธารณะ', type: 'joint', requestedFrom: 'local_government', budgetSatang: 450_000_00 });
  const tao = await p.partner('องค์การบริหารส่วนตำบลหนองบัว');
  const school = await p.partner('โรงเรียนบ้านหนองบัว', 'school');
  const committee = await p.partner('คณะกรรมการหมู่บ้าน หมู่ที่ 3', 'village_committee');
  const content = {
    title: 'ความร่วมมือในการฟื้นฟูหนองน้ำสาธารณะบ้านหนองบัว',
    purpose: 'เพื่อให้ชุมชนมีน้ำใช้ตลอดฤดูแล้ง',
    activities: 'ขุดลอกหนองน้ำ\nปลูกหญ้าแฝกกันดินพังทลาย',
    decisionRule: 'named_body' as const,
    decisionBody: 'คณะกรรมการหมู่บ้าน',
    conflictResolution: 'ให้นายก อบต. เป็นผู้ไกล่เกลี่ย',
    reviewOn: '2027-10-01',
    signedOn: '2026-12-01',
    parties: [
      { partnerId: tao.id, role: 'สนับสนุนงบประมาณและเครื่องจักร', schedule: 'มกราคม–เมษายน 2570' },
      { partnerId: school.id, role: 'จัดกิจกรรมเรียนรู้เรื่องน้ำ' },
      { partnerId: committee.id, role: 'ประสานแรงงานชาวบ้าน' },
    ],
    commitments: [
      { partnerId: tao.id, projectId: pond.id, kind: 'money' as const, amountSatang: 200_000_00 },
      { partnerId: school.id, projectId: pond.id, kind: 'in_kind' as const, description: 'กล้าหญ้าแฝก', quantity: 500, unit: 'ต้น', amountSatang: 2_500_00 },
      { partnerId: committee.id, projectId: pond.id, kind: 'people' as const, description: 'แรงงานอาสา', people: 20, days: 3, amountSatang: 18_000_00 },
    ],
    signatories: [
      { role: 'party' as const, partnerId: tao.id, name: 'นายบุญชู มีทรัพย์', jobTitle: 'นายกองค์การบริหารส่วนตำบลหนองบัว' },
      { role: 'witness' as const, name: 'นางสาวศิริพร จดดี', jobTitle: 'ผู้จดบันทึก' },
    ],
  };
  return { p, forum, pond, tao, school, committee, content };
}

describe('agreements', () => {
  it('are created with their parties, covered projects, commitments and signatories', async () => {
    const { p, forum, pond, content } = await threeParties();
    const a = await p.call('agreements.create', { forumId: forum.id, content });
    expect(a).toMatchObject({ version: 1, isCurrent: true, versionCount: 1, decisionRule: 'named_body', decisionBody: 'คณะกรรมการหมู่บ้าน' });
    expect(a.parties.map((x) => x.name)).toEqual(['องค์การบริหารส่วนตำบลหนองบัว', 'โรงเรียนบ้านหนองบัว', 'คณะกรรมการหมู่บ้าน หมู่ที่ 3']);
    // The project named by the commitments is covered without being listed.
    expect(a.projects).toEqual([{ projectId: pond.id, title: pond.title, budgetSatang: 450_000_00 }]);
    expect(a.commitments.map((c) => [c.partnerName, c.kind, c.amountSatang])).toEqual([
      ['องค์การบริหารส่วนตำบลหนองบัว', 'money', 200_000_00],
      ['โรงเรียนบ้านหนองบัว', 'in_kind', 2_500_00],
      ['คณะกรรมการหมู่บ้าน หมู่ที่ 3', 'people', 18_000_00],
    ]);
    expect(a.signatories.map((s) => [s.role, s.name])).toEqual([
      ['party', 'นายบุญชู มีทรัพย์'],
      ['witness', 'นางสาวศิริพร จดดี'],
    ]);
    const [summary] = await p.call('agreements.list', { forumId: forum.id });
    expect(summary).toMatchObject({ version: 1, committedSatang: 220_500_00, partyNames: a.parties.map((x) => x.name) });
  });

  it('renewing makes version 2 from version 1; editing version 2 leaves version 1 as it was signed', async () => {
    const { p, forum, tao, content } = await threeParties();
    const v1 = await p.call('agreements.create', { forumId: forum.id, content });
    const v2 = await p.call('agreements.renew', { id: v1.agreementId });
    expect(v2).toMatchObject({ version: 2, isCurrent: true, versionCount: 2, signedOn: null, title: content.title });
    expect(v2.commitments.map((c) => c.amountSatang)).toEqual([200_000_00, 2_500_00, 18_000_00]);

    await p.call('agreements.update', {
      id: v1.agreementId,
      content: { ...content, signedOn: '2027-11-01', reviewOn: '2028-10-01', commitments: [{ partnerId: tao.id, kind: 'money', amountSatang: 300_000_00 }] },
    });
    const old = await p.call('agreements.get', { id: v1.agreementId, version: 1 });
    expect(old).toMatchObject({ version: 1, isCurrent: false, versionCount: 2, signedOn: '2026-12-01', reviewOn: '2027-10-01' });
    expect(old.commitments.map((c) => c.amountSatang)).toEqual([200_000_00, 2_500_00, 18_000_00]);
    expect(old.signatories.map((s) => s.name)).toEqual(['นายบุญชู มีทรัพย์', 'นางสาวศิริพร จดดี']);
    const current = await p.call('agreements.get', { id: v1.agreementId });
    expect(current).toMatchObject({ version: 2, signedOn: '2027-11-01', reviewOn: '2028-10-01' });
    expect(current.commitments.map((c) => c.amountSatang)).toEqual([300_000_00]);
    expect((await p.refusal('agreements.get', { id: v1.agreementId, version: 3 })).code).toBe('not_found');
  });

  it('refuses commitments by a non-party, a project of another forum, a named body without its name, and writes nothing', async () => {
    const { p, forum, tao, school, content } = await threeParties();
    const other = await p.forum('เวทีอื่น');
    const elsewhere = await p.project(other.id, { title: 'โครงการของเวทีอื่น', type: 'self' });
    const bad = [
      { ...content, parties: [{ partnerId: tao.id }], commitments: [{ partnerId: school.id, kind: 'money', amountSatang: 1 }], signatories: [] },
      { ...content, projectIds: [elsewhere.id] },
      { ...content, decisionBody: null },
      { ...content, commitments: [{ partnerId: tao.id, kind: 'in_kind', description: 'ทราย' }] },
      { ...content, signatories: [{ role: 'witness', partnerId: tao.id, name: 'x' }] },
    ];
    for (const c of bad) expect((await p.refusal('agreements.create', { forumId: forum.id, content: c })).code).toBe('validation');
    expect(p.peek('SELECT * FROM agreement')).toEqual([]);
  });

  it('PDPA: a signatory linked to a registered person is named by the register and erased with them, in every version', async () => {
    const { p, forum, tao, content } = await threeParties();
    const mayor = await p.call('people.create', { titlePrefix: 'นาย', firstName: 'บุญชู', lastName: 'มีทรัพย์' });
    const a = await p.call('agreements.create', {
      forumId: forum.id,
      content: { ...content, signatories: [{ role: 'party', partnerId: tao.id, personId: mayor.id, jobTitle: 'นายก อบต.' }] },
    });
    await p.call('agreements.renew', { id: a.agreementId });
    expect((await p.call('agreements.get', { id: a.agreementId, version: 2 })).signatories[0]?.name).toBe('นายบุญชู มีทรัพย์');
    await p.call('people.erase', { id: mayor.id });
    for (const version of [1, 2]) {
      expect((await p.call('agreements.get', { id: a.agreementId, version })).signatories[0]).toMatchObject({ personId: null, name: null, jobTitle: 'นายก อบต.' });
    }
    expect(JSON.stringify(p.peek('SELECT * FROM agreement_signatory'))).not.toContain('บุญชู');
  });

  it('go to the trash with every version and come back (undo)', async () => {
    const { p, forum, content } = await threeParties();
    const a = await p.call('agreements.create', { forumId: forum.id, content });
    await p.call('agreements.renew', { id: a.agreementId });
    await p.call('agreements.delete', { id: a.agreementId });
    expect(await p.call('agreements.list', { forumId: forum.id })).toEqual([]);
    expect((await p.refusal('agreements.get', { id: a.agreementId })).code).toBe('not_found');
    const back = await p.call('agreements.restore', { id: a.agreementId });
    expect(back.version).toBe(2);
    expect(p.events.filter((e) => e.entity === 'agreement').every((e) => e.forumId === forum.id)).toBe(true);
  });
});
