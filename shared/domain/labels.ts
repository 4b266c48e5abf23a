/**
 * The one place where every code of the fixed vocabularies gets its words: a Thai and an English
 * label per value, typed over the contract's enums (a value without its label, or a label for a
 * value that does not exist, does not compile). The screens (renderer/i18n/vocabulary.ts), the
 * minutes (HTML, PDF, DOCX) and the tables (XLSX, CSV) all read them from here, so a clerk's
 * correction is one edit and every output says the same word for the same code.
 *
 * Sentences built around a value (a poll's outcome, a majority rule explained, "lottery, seed 42")
 * stay with their screen or template; only the names of the values are here.
 */
import type { z } from 'zod';
import type { ForumTieRule } from '../contract/forums';
import type { IssueDetailKind } from '../contract/issues';
import type { NoteKind } from '../contract/notes';
import type { PollMethod } from '../contract/poll-results';
import type { PollStatus } from '../contract/polls';
import type { Dimension } from '../contract/representation';
import type { Lang } from './buddhist-date';
import type { DefaultIssueCategory } from './issue-categories';
import type { ProjectStatus, ProjectType, RequestedFromLevel } from './project-vocabulary';
import type { AgeGroup, DisadvantagedGroup, ForumKind, ForumStatus, Gender, Iap2Level, Role, Sector } from './vocabulary';

export interface Label {
  th: string;
  en: string;
}
type Labels<K extends string> = Readonly<Record<K, Label>>;

/** A value that was not given (a person without a sector, an unknown age). */
export const NOT_GIVEN: Label = { th: 'ไม่ระบุ', en: 'Not given' };

const forumKind: Labels<ForumKind> = {
  village: { th: 'เวทีประชาคมหมู่บ้าน', en: 'Village forum' },
  tambon_integration: { th: 'เวทีบูรณาการแผนระดับตำบล', en: 'Tambon plan integration forum' },
  public_hearing: { th: 'ประชาพิจารณ์', en: 'Public hearing' },
  workshop: { th: 'ประชุมเชิงปฏิบัติการ', en: 'Workshop' },
  other: { th: 'อื่น ๆ', en: 'Other' },
};

const forumStatus: Labels<z.infer<typeof ForumStatus>> = {
  planned: { th: 'วางแผนไว้', en: 'Planned' },
  open: { th: 'กำลังจัด', en: 'In progress' },
  closed: { th: 'ปิดเวทีแล้ว', en: 'Closed' },
};

/** The IAP2 spectrum in the Thai of seed 004 (DOMAIN.md "Participation levels"). */
const iap2Level: Labels<z.infer<typeof Iap2Level>> = {
  inform: { th: 'ให้ข้อมูล', en: 'Inform' },
  consult: { th: 'รับฟังความคิดเห็น', en: 'Consult' },
  involve: { th: 'เข้าไปเกี่ยวข้อง', en: 'Involve' },
  collaborate: { th: 'ร่วมคิดร่วมทำ', en: 'Collaborate' },
  empower: { th: 'เสริมอำนาจ', en: 'Empower' },
};

const sector: Labels<Sector> = {
  government: { th: 'ภาครัฐ', en: 'Government' },
  local_government: { th: 'อปท.', en: 'Local government' },
  private: { th: 'ภาคเอกชน', en: 'Private sector' },
  civil_society: { th: 'ภาคประชาสังคม', en: 'Civil society' },
  academia: { th: 'ภาควิชาการ', en: 'Academia' },
  citizens: { th: 'ภาคประชาชน', en: 'Citizens' },
};

const gender: Labels<Gender> = {
  male: { th: 'ชาย', en: 'Male' },
  female: { th: 'หญิง', en: 'Female' },
  other: { th: 'เพศทางเลือก', en: 'Other' },
  unspecified: { th: NOT_GIVEN.th, en: NOT_GIVEN.en },
};

const ageGroup: Labels<AgeGroup> = {
  under_18: { th: 'ต่ำกว่า 18 ปี', en: 'Under 18' },
  '18_35': { th: '18–35 ปี', en: '18–35' },
  '36_59': { th: '36–59 ปี', en: '36–59' },
  '60_plus': { th: '60 ปีขึ้นไป', en: '60 and over' },
};

const role: Labels<Role> = {
  provider: { th: 'ผู้ให้บริการ', en: 'Service provider' },
  direct_recipient: { th: 'ผู้รับบริการโดยตรง', en: 'Direct recipient' },
  indirectly_affected: { th: 'ผู้ได้รับผลกระทบทางอ้อม', en: 'Indirectly affected' },
  specialist: { th: 'ผู้เชี่ยวชาญ / ผู้รู้', en: 'Specialist / knowledge holder' },
};

const disadvantagedGroup: Labels<DisadvantagedGroup> = {
  elderly: { th: 'ผู้สูงอายุ', en: 'Elderly' },
  disability: { th: 'คนพิการ', en: 'People with disabilities' },
  low_income: { th: 'ผู้มีรายได้น้อย', en: 'Low income' },
  ethnic_minority: { th: 'กลุ่มชาติพันธุ์', en: 'Ethnic minority' },
  other: { th: 'กลุ่มอื่น ๆ', en: 'Other group' },
};

/** The ways of counting who was in the room (representation, equity, hands split by group). */
const dimension: Labels<Dimension> = {
  sector: { th: 'ภาคส่วน', en: 'Sector' },
  gender: { th: 'เพศ', en: 'Gender' },
  village: { th: 'หมู่บ้าน', en: 'Village' },
  ageGroup: { th: 'ช่วงอายุ', en: 'Age group' },
  role: { th: 'บทบาทต่อประเด็น', en: 'Role in the issue' },
  disadvantagedGroup: { th: 'กลุ่มผู้ด้อยโอกาส', en: 'Disadvantaged groups' },
};

const issueCategory: Labels<DefaultIssueCategory> = {
  economy: { th: 'เศรษฐกิจ', en: 'Economy' },
  society: { th: 'สังคม', en: 'Society' },
  health: { th: 'สุขภาพ', en: 'Health' },
  environment: { th: 'สิ่งแวดล้อม', en: 'Environment' },
  infrastructure: { th: 'โครงสร้างพื้นฐาน', en: 'Infrastructure' },
  education: { th: 'การศึกษา', en: 'Education' },
  culture: { th: 'ศาสนาและวัฒนธรรม', en: 'Religion and culture' },
  governance: { th: 'การบริหารจัดการ', en: 'Governance' },
  other: { th: 'อื่น ๆ', en: 'Other' },
};

const issueDetailKind: Labels<IssueDetailKind> = {
  cause: { th: 'สาเหตุ', en: 'Causes' },
  potential: { th: 'ศักยภาพ / ทรัพยากร', en: 'Potentials / resources' },
  need: { th: 'ความต้องการ', en: 'Needs' },
};

const noteKind: Labels<NoteKind> = {
  statement: { th: 'ความเห็น', en: 'Statement' },
  question: { th: 'คำถาม', en: 'Question' },
  proposal: { th: 'ข้อเสนอ', en: 'Proposal' },
  draft_resolution: { th: 'ร่างมติ', en: 'Draft resolution' },
};

/** Dot voting is approval voting with stickers (`rules.mode: "dots"`), named as its own method. */
const pollMethod: Labels<PollMethod | 'dots'> = {
  yes_no: { th: 'เห็นด้วย / ไม่เห็นด้วย / งดออกเสียง', en: 'Yes / no / abstain' },
  show_of_hands: { th: 'ยกมือ', en: 'Show of hands' },
  approval: { th: 'เห็นชอบได้หลายข้อ', en: 'Approval voting' },
  dots: { th: 'ติดดาว', en: 'Dot voting' },
  plurality: { th: 'เลือกข้อเดียว', en: 'Single choice' },
  borda: { th: 'จัดอันดับ (วิธีบอร์ดา)', en: 'Ranking (Borda count)' },
  irv: { th: 'จัดอันดับ (คัดออกทีละรอบ)', en: 'Ranking (instant runoff)' },
  schulze: { th: 'จัดอันดับ (เทียบทีละคู่ วิธีชูลเซอ)', en: 'Ranking (pairwise, Schulze)' },
  score_matrix: { th: 'ตารางให้คะแนนตามเกณฑ์', en: 'Criteria scoring matrix' },
  consensus: { th: 'ตรวจฉันทามติ (กำปั้นถึงห้านิ้ว)', en: 'Consensus check (fist to five)' },
};

const pollStatus: Labels<PollStatus> = {
  draft: { th: 'ร่าง', en: 'Draft' },
  open: { th: 'กำลังลงคะแนน', en: 'Voting' },
  closed: { th: 'ปิดแล้ว', en: 'Closed' },
};

/** Read after "กติกาเมื่อคะแนนเท่ากัน:" / "Tie rule:", hence the lower-case English. */
const tieRule: Labels<ForumTieRule> = {
  casting_vote: { th: 'ประธานที่ประชุมชี้ขาด', en: "the chair's casting vote" },
  revote: { th: 'ลงคะแนนใหม่เฉพาะข้อที่คะแนนเท่ากัน', en: 'a new vote between the tied options' },
  lottery: { th: 'จับสลาก', en: 'lottery' },
};

/** Who carries a project out (DOMAIN.md "Action plans"). */
const projectType: Labels<ProjectType> = {
  self: { th: 'ทำเอง', en: 'Community' },
  joint: { th: 'ทำร่วม', en: 'Joint' },
  requested: { th: 'ขอรับการสนับสนุน', en: 'Requested' },
};

const requestedFrom: Labels<RequestedFromLevel> = {
  local_government: { th: 'อบต./เทศบาล', en: 'Sub-district (SAO / municipality)' },
  district: { th: 'อำเภอ', en: 'District' },
  province: { th: 'จังหวัด', en: 'Province' },
  agency: { th: 'หน่วยงานอื่น', en: 'Other agency' },
};

const projectStatus: Labels<ProjectStatus> = {
  proposed: { th: 'เสนอ', en: 'Proposed' },
  approved: { th: 'อนุมัติแล้ว', en: 'Approved' },
  in_progress: { th: 'กำลังดำเนินการ', en: 'In progress' },
  done: { th: 'เสร็จแล้ว', en: 'Done' },
  cancelled: { th: 'ยกเลิก', en: 'Cancelled' },
};

export const VOCABULARY_LABELS = {
  forumKind,
  forumStatus,
  iap2Level,
  sector,
  gender,
  ageGroup,
  role,
  disadvantagedGroup,
  dimension,
  issueCategory,
  issueDetailKind,
  noteKind,
  pollMethod,
  pollStatus,
  tieRule,
  projectType,
  requestedFrom,
  projectStatus,
} as const;

export type Vocabulary = keyof typeof VOCABULARY_LABELS;
export type VocabularyValue<V extends Vocabulary> = keyof (typeof VOCABULARY_LABELS)[V] & string;
export type LabelsIn = { readonly [V in Vocabulary]: Readonly<Record<VocabularyValue<V>, string>> };

export const VOCABULARIES = Object.keys(VOCABULARY_LABELS) as Vocabulary[];

/** Every vocabulary's labels in one language: `labelsIn('th').gender.other`. */
export function labelsIn(lang: Lang): LabelsIn {
  return Object.fromEntries(
    VOCABULARIES.map((vocabulary) => {
      const labels: Labels<string> = VOCABULARY_LABELS[vocabulary];
      return [vocabulary, Object.fromEntries(Object.entries(labels).map(([value, label]) => [value, label[lang]]))];
    }),
  ) as LabelsIn;
}

/** The vocabulary of each representation dimension's keys; villages are names as typed. */
export const DIMENSION_VOCABULARY = {
  sector: 'sector',
  gender: 'gender',
  village: null,
  ageGroup: 'ageGroup',
  role: 'role',
  disadvantagedGroup: 'disadvantagedGroup',
} as const satisfies Record<Dimension, Vocabulary | null>;

/** The label of a representation or equity key, or null for a village or an unknown code. */
export function dimensionKeyLabel(labels: LabelsIn, dimension: Dimension, key: string): string | null {
  const vocabulary = DIMENSION_VOCABULARY[dimension];
  return vocabulary === null ? null : ((labels[vocabulary] as Readonly<Record<string, string>>)[key] ?? null);
}
