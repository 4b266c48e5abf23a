/** Small builders for valid drafts; each call differs, so tests only spell out what they check. */
import type { ForumDraft, PersonDraft } from '../../shared/contract';

let n = 0;

export function forumDraft(overrides: Partial<ForumDraft> = {}): ForumDraft {
  n += 1;
  return {
    title: `เวทีประชาคมหมู่บ้าน ครั้งที่ ${n}`,
    kind: 'village',
    date: '2026-11-23',
    startTime: '09:00',
    endTime: '12:00',
    venue: 'ศาลาวัดบ้านหนองบัว',
    village: 'หมู่ที่ 3',
    tambon: 'หนองบัว',
    district: 'เมือง',
    province: 'ขอนแก่น',
    ...overrides,
  };
}

const FIRST = ['สมชาย', 'สมหญิง', 'บุญมี', 'ประยูร', 'มาลี', 'วิชัย', 'อำไพ', 'ทองดี'];
const LAST = ['ใจดี', 'ศรีสุข', 'แก้วมณี', 'พรหมมา', 'บุญเรือง', 'สายทอง'];

export function personDraft(overrides: Partial<PersonDraft> = {}): PersonDraft {
  n += 1;
  return {
    titlePrefix: 'นาย',
    firstName: `${FIRST[n % FIRST.length]}${n}`,
    lastName: LAST[n % LAST.length] ?? null,
    gender: 'male',
    ageGroup: '36_59',
    village: '3',
    sector: 'citizens',
    role: 'direct_recipient',
    ...overrides,
  };
}

export const consent = (groups: NonNullable<PersonDraft['sensitive']>['disadvantagedGroups']) => ({
  disadvantagedGroups: groups,
  consentGivenAt: '2026-11-23T02:00:00.000Z',
  consentRecordedBy: 'นางสาวผู้จด บันทึก',
});
