/**
 * A small plan to follow up: village forums with resolutions, projects (budgets, dates, types)
 * and partners, built through the operations on a real database with a stepping clock.
 */
import type { ProjectDraft } from '../../../shared/contract';
import { type TestCore, openCore, steppingClock } from '../../support/core';
import { forumDraft } from '../../support/factories';

export async function openPlan() {
  const t = await openCore({ now: steppingClock('2027-06-01T02:00:00.000Z') });
  return withPlanHelpers(t);
}

export function withPlanHelpers(t: TestCore) {
  const forum = (title: string, date = '2026-11-23', village = 'หมู่ที่ 3') => t.call('forums.create', forumDraft({ title, date, village }));
  const project = (forumId: string, fields: Omit<ProjectDraft, 'forumId'>) => t.call('projects.create', { forumId, ...fields });
  const resolution = (forumId: string, text: string) => t.call('notes.setResolution', { forumId, agendaItemId: null, text });
  const partner = (name: string, kind: 'local_government' | 'school' | 'company' | 'village_committee' | 'civil_society' = 'local_government') =>
    t.call('partners.create', { name, kind, sector: kind === 'school' ? 'academia' : kind === 'company' ? 'private' : 'local_government' });
  /** The dispatch's answer for a call expected to fail. */
  const refusal = async (op: Parameters<typeof t.core.dispatch>[0], input: unknown) => {
    const result = await t.core.dispatch(op, input);
    if (result.ok) throw new Error(`${op} succeeded`);
    return result.error;
  };
  return { ...t, forum, project, resolution, partner, refusal };
}

/** Two village forums, each with a resolution and two projects (one with a budget and an end date). */
export async function twoVillages(p: Awaited<ReturnType<typeof openPlan>>) {
  const v1 = await p.forum('เวทีประชาคมหมู่ที่ 1 บ้านหนองบัว', '2026-11-20', 'หมู่ที่ 1');
  const v2 = await p.forum('เวทีประชาคมหมู่ที่ 2 บ้านโนนสูง', '2026-11-21', 'หมู่ที่ 2');
  await p.resolution(v1.id, 'ที่ประชุมเห็นชอบให้ขุดลอกหนองน้ำสาธารณะเป็นลำดับแรก');
  await p.resolution(v2.id, 'ที่ประชุมเห็นชอบให้ซ่อมถนนเข้าหมู่บ้าน');
  const pond = await p.project(v1.id, {
    title: 'โครงการขุดลอกหนองน้ำสาธารณะ',
    type: 'requested',
    requestedFrom: 'local_government',
    requestedFromName: 'อบต.หนองบัว',
    budgetSatang: 450_000_00,
    budgetSource: 'ข้อบัญญัติ อบต.',
    startDate: '2027-01-15',
    endDate: '2027-04-30',
  });
  const compost = await p.project(v1.id, { title: 'โครงการอบรมทำปุ๋ยอินทรีย์', type: 'self', budgetSatang: 20_000_00, budgetSource: 'กองทุนหมู่บ้าน' });
  const road = await p.project(v2.id, {
    title: 'โครงการซ่อมถนนเข้าหมู่บ้าน',
    type: 'joint',
    requestedFrom: 'district',
    budgetSatang: 1_200_000_00,
    budgetSource: 'ข้อบัญญัติ อบต.',
    endDate: '2027-09-30',
  });
  const lights = await p.project(v2.id, { title: 'โครงการติดไฟส่องสว่าง', type: 'requested', requestedFrom: 'province', budgetSatang: null });
  return { v1, v2, pond, compost, road, lights };
}
