import { describe, expect, it } from 'vitest';
import { openCore } from '../../support/core';

describe('partners', () => {
  it('are kept in Thai name order; a registered contact is read from the register, a typed one as typed', async () => {
    const t = await openCore();
    const chair = await t.call('people.create', { titlePrefix: 'นาย', firstName: 'สมศักดิ์', lastName: 'ใจดี', phone: '0812345678', position: 'ผู้ใหญ่บ้าน' });
    const school = await t.call('partners.create', { name: 'โรงเรียนบ้านหนองบัว', kind: 'school', sector: 'academia', contactName: 'ครูกาญจนา ทองคำ', contactPhone: '043000000' });
    const committee = await t.call('partners.create', { name: 'คณะกรรมการหมู่บ้าน หมู่ที่ 3', kind: 'village_committee', sector: 'citizens', contactPersonId: chair.id });
    expect((await t.call('partners.list', {})).map((p) => p.name)).toEqual(['คณะกรรมการหมู่บ้าน หมู่ที่ 3', 'โรงเรียนบ้านหนองบัว']);
    expect(committee.contact).toEqual({ name: 'นายสมศักดิ์ ใจดี', phone: '0812345678', position: 'ผู้ใหญ่บ้าน' });
    expect(school.contact).toEqual({ name: 'ครูกาญจนา ทองคำ', phone: '043000000', position: null });

    // Linking a registered person drops the typed copy; it is never kept beside the link.
    const linked = await t.call('partners.update', { id: school.id, patch: { contactPersonId: chair.id } });
    expect(linked).toMatchObject({ contactName: null, contactPhone: null, contact: { name: 'นายสมศักดิ์ ใจดี' } });
    await t.call('people.update', { id: chair.id, patch: { phone: '0899999999' } });
    expect((await t.call('partners.get', { id: school.id })).contact.phone).toBe('0899999999');
  });

  it('PDPA: erasing the contact person erases them from every partner', async () => {
    const t = await openCore();
    const chair = await t.call('people.create', { titlePrefix: 'นาย', firstName: 'สมศักดิ์', lastName: 'ใจดี', phone: '0812345678' });
    const partner = await t.call('partners.create', { name: 'อบต.หนองบัว', kind: 'local_government', contactPersonId: chair.id });
    await t.call('people.erase', { id: chair.id });
    expect(await t.call('partners.get', { id: partner.id })).toMatchObject({ contactPersonId: null, contact: { name: null, phone: null, position: null } });
    expect(JSON.stringify(t.peek('SELECT * FROM partner'))).not.toMatch(/สมศักดิ์|0812345678/);
  });

  it('go to the trash and come back (undo); an unknown contact person is refused', async () => {
    const t = await openCore();
    const partner = await t.call('partners.create', { name: 'บริษัท น้ำใส จำกัด', kind: 'company', sector: 'private' });
    await t.call('partners.delete', { id: partner.id });
    expect(await t.call('partners.list', {})).toEqual([]);
    await t.call('partners.restore', { id: partner.id });
    expect((await t.call('partners.list', {})).map((p) => p.id)).toEqual([partner.id]);
    const missing = await t.core.dispatch('partners.create', { name: 'x', contactPersonId: '01936d2a-0000-7000-8000-00000000dead' });
    expect(missing.ok).toBe(false);
    expect(t.events.filter((e) => e.entity === 'partner')).toHaveLength(3);
  });
});
