/**
 * The equity figures count written contributions beside speaking time, by the same groups:
 * what participants send from their phones, named by who they proved to be. Anonymous ones and
 * a group's count in the total and in no group; hidden ones are not counted; an agenda item's
 * figures count what was sent while it was the current item.
 */
import { describe, expect, it } from 'vitest';
import { clientId } from '../../support/room';
import { openRoom } from './harness';

describe('written contributions in the equity figures', () => {
  it('counts what identified participants sent by their groups, the rest in the total only, hidden ones not at all', async () => {
    const t = await openRoom();
    const [farmer, official] = [
      ...(await t.checkIn(1, { sector: 'citizens', gender: 'female' })),
      ...(await t.checkIn(1, { sector: 'local_government', gender: 'male' })),
    ] as [string, string];
    await t.checkIn(1, { sector: 'citizens', gender: 'male' });
    const codes = await t.call('room.personalCodes', { forumId: t.forum.id });
    const phoneOf = (personId: string) => {
      const phone = t.phone();
      const c = codes.find((x) => x.personId === personId) as (typeof codes)[number];
      t.gate().identify(phone.voter, { badgeNumber: c.badgeNumber, personalCode: c.code });
      return phone;
    };
    const send = (phone: ReturnType<typeof t.phone>, text: string, anonymous = false) =>
      t.gate().submit(phone.voter, { submissionId: clientId(), kind: 'idea', text, anonymous });

    const hers = phoneOf(farmer);
    send(hers, 'ขุดลอกหนองน้ำ');
    send(hers, 'ตั้งกองทุนซ่อมถนน');
    send(phoneOf(official), 'ของบ อบต.');
    send(hers, 'ไม่อยากให้รู้ว่าใครเสนอ', true);
    send(t.phone(), 'จากเครื่องที่ไม่ได้ยืนยันตัวตน');
    send(hers, 'ข้อความซ้ำ');
    const spam = (await t.call('room.submissions', { forumId: t.forum.id })).find((s) => s.text === 'ข้อความซ้ำ');
    await t.call('room.hideSubmission', { id: spam?.id as string, hidden: true });

    const { written } = await t.call('equity.summary', { forumId: t.forum.id });
    // 5 counted: 2 + 1 named, 2 by nobody known (anonymous, unidentified phone); the hidden one left out.
    expect(written.total).toBe(5);
    expect(written.unattributed).toBe(2);
    expect(written.byDimension.sector).toEqual([
      { key: 'citizens', written: 2, writtenShare: 2 / 5 },
      { key: 'local_government', written: 1, writtenShare: 1 / 5 },
    ]);
    expect(written.byDimension.gender).toEqual([
      { key: 'female', written: 2, writtenShare: 2 / 5 },
      { key: 'male', written: 1, writtenShare: 1 / 5 },
    ]);
  });

  it("an agenda item's figures count what was sent while it was the current item", async () => {
    const t = await openRoom();
    const one = await t.call('agenda.add', { forumId: t.forum.id, title: 'สภาพปัญหาของหมู่บ้าน' });
    const two = await t.call('agenda.add', { forumId: t.forum.id, title: 'จัดลำดับความสำคัญ' });
    const [person] = await t.checkIn(1, { sector: 'citizens' });
    const c = (await t.call('room.personalCodes', { forumId: t.forum.id }))[0] as { badgeNumber: number; code: string };
    const phone = t.phone();
    t.gate().identify(phone.voter, { badgeNumber: c.badgeNumber, personalCode: c.code });
    expect(phone.voter.personId).toBe(person);
    const send = (text: string) => t.gate().submit(phone.voter, { submissionId: clientId(), kind: 'issue', text, anonymous: false });

    send('ก่อนเริ่มวาระ');
    await t.call('agenda.setCurrent', { forumId: t.forum.id, id: one.id });
    send('ถนนเป็นหลุม');
    send('น้ำประปาขุ่น');
    await t.call('agenda.setCurrent', { forumId: t.forum.id, id: two.id });
    send('ควรซ่อมถนนก่อน');

    const total = async (agendaItemId?: string) => (await t.call('equity.summary', { forumId: t.forum.id, ...(agendaItemId ? { agendaItemId } : {}) })).written;
    expect((await total()).total).toBe(4);
    expect(await total(one.id)).toMatchObject({ total: 2, byDimension: { sector: [{ key: 'citizens', written: 2, writtenShare: 1 }] } });
    expect((await total(two.id)).total).toBe(1);
  });
});
