/**
 * Session files and issue 14: partners travel like people, agreements with every version, status
 * updates with their evidence files (checksums checked on import), follow-up links whose earlier
 * forum need not be there; older files without these tables still import.
 */
import { describe, expect, it } from 'vitest';
import { forumDraft } from '../../support/factories';
import { openCore } from '../../support/core';
import { openPlan, twoVillages, withPlanHelpers } from '../followup/harness';
import { everyTableCount, type Json, reseal } from './helpers';
import { seedRichForum } from './rich-forum';

describe('session files and the follow-through', () => {
  it('carry partners, agreement versions, updates with their files, follow-up links and lessons, and read back the same', async () => {
    const source = await openCore();
    const { forumId } = await seedRichForum(source);
    const exported = await source.call('session.export', { forumId });
    const file = JSON.parse(exported.content);
    expect(file.data.partner.map((p: Json) => p.name)).toEqual(expect.arrayContaining(['องค์การบริหารส่วนตำบลหนองบัว', 'กลุ่มผู้ใช้น้ำบ้านหนองบัว']));
    expect(file.data.agreement_version.map((v: Json) => v.version)).toEqual([1, 2]);
    expect(file.data.attachment[0]).toMatchObject({ file_name: 'หนองน้ำ.jpg', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    // The partner's registered contact travels as a person of the file.
    const contact = file.data.partner.find((p: Json) => p.contact_person_id !== null)?.contact_person_id;
    expect(file.data.person.map((p: Json) => p.id)).toContain(contact);

    const target = await openCore();
    await target.call('session.import', { content: exported.content });
    const view = await target.call('followUp.view', { forumId });
    // The earlier forum is not in the file: the link stays, flagged missing.
    expect(view.missingForumIds).toHaveLength(1);
    const [agreement] = await target.call('agreements.list', { forumId });
    expect(agreement?.version).toBe(2);
    expect((await target.call('agreements.get', { id: agreement?.agreementId as string, version: 1 })).version).toBe(1);
    const [update] = view.projects.flatMap((p) => p.timeline);
    const history = await target.call('followUp.history', { projectId: view.projects.find((p) => p.timeline.length > 0)?.projectId as string });
    const photo = await target.call('followUp.attachment', { id: history[0]?.attachments[0]?.id as string });
    expect(Buffer.from(photo.base64, 'base64').toString('latin1')).toContain('evidence photo');
    expect(update?.attachmentCount).toBe(1);
  });

  it('refuses a file whose evidence file does not match its checksum, writing nothing', async () => {
    const source = await openCore();
    const { forumId } = await seedRichForum(source);
    const { content } = await source.call('session.export', { forumId });
    const edited = reseal(content, (f) => {
      const data = Buffer.from(f.data.attachment[0].data, 'base64');
      data.writeUInt8(data.readUInt8(data.length - 1) ^ 1, data.length - 1);
      f.data.attachment[0].data = data.toString('base64');
    });
    const target = await openCore();
    const before = everyTableCount(target);
    const error = await target.call('session.import', { content: edited }).then(
      () => null,
      (e: Json) => e,
    );
    expect(error).toMatchObject({ code: 'import_invalid', messageKey: 'session.error.inconsistent' });
    expect(error.message).toMatch(/attachment\[0\] \(หนองน้ำ\.jpg\): the content does not match its SHA-256/);
    expect(everyTableCount(target)).toEqual(before);
  });

  it('keeps a partner already on this computer as it is, like a person', async () => {
    const source = await openCore();
    const { forumId } = await seedRichForum(source);
    const { content } = await source.call('session.export', { forumId });
    const partnerId = JSON.parse(content).data.partner[0].id as string;
    const t = withPlanHelpers(await openCore());
    await t.call('session.import', { content });
    await t.call('partners.update', { id: partnerId, patch: { name: 'อบต.หนองบัว (ชื่อที่นี่)' } });
    const again = await t.call('session.import', { content });
    expect(again.status).toBe('already_present');
    expect((await t.call('partners.get', { id: partnerId })).name).toBe('อบต.หนองบัว (ชื่อที่นี่)');
  });

  it('reads a file written before the follow-through tables existed', async () => {
    const source = await openCore();
    const forum = await source.call('forums.create', forumDraft({ title: 'เวทีเก่า' }));
    const { content } = await source.call('session.export', { forumId: forum.id });
    const old = reseal(content, (f) => {
      for (const table of ['partner', 'project_plan', 'project_budget_year', 'agreement', 'agreement_version', 'agreement_party', 'agreement_project', 'agreement_commitment', 'agreement_signatory', 'status_update', 'status_spending', 'attachment', 'follow_up', 'follow_up_source', 'lesson']) {
        delete f.data[table];
      }
    });
    expect(Object.keys(JSON.parse(old).data)).not.toContain('partner');
    const target = await openCore();
    expect(await target.call('session.import', { content: old })).toMatchObject({ status: 'created', forumId: forum.id });
  });

  it('a follow-up forum’s file needs the earlier forum’s projects it updates: refused, naming them, where they are not', async () => {
    const p = await openPlan();
    const { v1, pond } = await twoVillages(p);
    const follow = await p.call('followUp.createForum', { forum: forumDraft({ title: 'เวทีติดตาม', date: '2027-06-05' }), followUpOf: [v1.id] });
    await p.call('followUp.addStatus', { projectId: pond.id, forumId: follow.id, status: 'done', reportedOn: '2027-06-05' });
    const { content } = await p.call('session.export', { forumId: follow.id });
    expect(JSON.parse(content).data.status_update).toHaveLength(1);

    const elsewhere = await openCore();
    const error = await elsewhere.call('session.import', { content }).then(
      () => null,
      (e: Json) => e,
    );
    expect(error).toMatchObject({ code: 'import_invalid', messageKey: 'session.error.references' });
    expect(error.message).toContain(`status_update[0].project_id: ${pond.id}`);
    // With the earlier forum imported first, it goes in.
    await elsewhere.call('session.import', { content: (await p.call('session.export', { forumId: v1.id })).content });
    await elsewhere.call('session.import', { content });
    expect((await elsewhere.call('followUp.view', { forumId: follow.id })).projects.find((x) => x.projectId === pond.id)?.status).toBe('done');
  });
});
