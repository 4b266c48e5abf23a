/**
 * Every fixed Thai word of the minutes template, in one place (งานสารบรรณ wording), so a clerk's
 * correction is one edit. Labels of the vocabularies (poll methods, project types, dimensions,
 * sectors …) are the ones every output shares, from shared/domain/labels.ts.
 */
import { NOT_GIVEN, labelsIn } from '../../../../shared/domain/labels';
import type { MajorityRule } from '../../../../shared/tally/types';

const VOCAB = labelsIn('th');

export const TH = {
  documentTitle: 'รายงานการประชุม',
  heading: 'รายงานการประชุม',
  session: (number: string) => `ครั้งที่ ${number}`,
  /** "เมื่อวันจันทร์ที่ 23 พฤศจิกายน 2569". */
  when: (weekday: string, date: string) => `เมื่อวัน${weekday}ที่ ${date}`,
  at: (venue: string) => `ณ ${venue}`,
  weekdays: ['อาทิตย์', 'จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์'],

  present: 'ผู้มาประชุม',
  absent: 'ผู้ไม่มาประชุม',
  guests: 'ผู้เข้าร่วมประชุม',
  nobody: '- ไม่มี -',
  started: (time: string) => `เริ่มประชุมเวลา ${time} น.`,
  ended: (time: string) => `เลิกประชุมเวลา ${time} น.`,
  timeUnknown: '……',

  agendaItem: (number: string) => `ระเบียบวาระที่ ${number}`,
  resolution: 'มติที่ประชุม',
  noResolution: '- ไม่มี -',
  acknowledged: 'ที่ประชุมรับทราบ',
  /** After the last item: what was recorded under no item of the agenda. */
  unassigned: 'เรื่องอื่น ๆ นอกระเบียบวาระการประชุม',

  poll: (title: string) => `ผลการลงคะแนน: ${title}`,
  method: 'วิธีลงคะแนน',
  tieRuleLabel: 'กติกาเมื่อคะแนนเท่ากัน',
  counted: (ballots: string, eligible: string) => `ผู้มีสิทธิ์ลงคะแนน ${eligible} คน ลงคะแนน ${ballots}`,
  blank: (n: string) => ` บัตรไม่ระบุตัวเลือก ${n}`,
  winners: 'ผล',
  tiedWinners: (names: string) => `คะแนนเท่ากันที่อันดับหนึ่ง: ${names}`,
  noVotes: 'ยังไม่มีการลงคะแนน',
  tieCast: (option: string) => `ประธานที่ประชุมชี้ขาดให้ "${option}"`,
  tieDrawn: (option: string, seed: string) => `จับสลากได้ "${option}" (เลขตั้งต้น ${seed})`,
  tieRevote: (options: string) => `ต้องลงคะแนนใหม่ระหว่าง ${options}`,
  tieAwaiting: 'คะแนนเท่ากัน รอประธานที่ประชุมชี้ขาด',
  colRank: 'อันดับ',
  colOption: 'ตัวเลือก',
  colScore: 'คะแนน',
  yes: 'เห็นด้วย',
  no: 'ไม่เห็นด้วย',
  abstain: 'งดออกเสียง',
  colVotes: 'จำนวน (เสียง)',
  yesNoOutcome: {
    carried: 'ที่ประชุมเห็นชอบ (ญัตติผ่าน)',
    not_carried: 'ที่ประชุมไม่เห็นชอบ (ญัตติไม่ผ่าน)',
    no_quorum: 'ไม่ครบองค์ประชุม',
    tie_awaiting_choice: 'คะแนนเท่ากัน รอประธานที่ประชุมชี้ขาด',
    revote_required: 'คะแนนเท่ากัน ต้องลงคะแนนใหม่',
  },
  majority: {
    simple: 'เสียงข้างมากธรรมดา: เห็นด้วยมากกว่าไม่เห็นด้วย ไม่นับผู้งดออกเสียง',
    absolute: 'เสียงข้างมากเด็ดขาด: เห็นด้วยเกินกึ่งหนึ่งของผู้มาประชุม',
    two_thirds: 'สองในสาม: เห็นด้วยไม่น้อยกว่าสองในสามของผู้ออกเสียง (ไม่นับผู้งดออกเสียง)',
  } satisfies Record<MajorityRule, string>,
  /** The instant-runoff count, round by round (one column per round). */
  irvRounds: 'การนับคะแนนแต่ละรอบ',
  irvRound: (n: string) => `รอบที่ ${n}`,
  /** The option's votes in the round it was eliminated: "2 (ตัดออก)". */
  irvEliminated: (votes: string) => `${votes} (ตัดออก)`,
  irvExhausted: 'บัตรที่ไม่มีตัวเลือกเหลือ',
  irvMajority: 'เสียงข้างมากที่ต้องได้ (เกินกึ่งหนึ่ง)',
  /** Schulze: the pairwise counts and the strongest paths, each a table (rows and columns numbered alike). */
  schulzePairwise: 'การเทียบทีละคู่',
  schulzePairwiseNote: 'ตัวเลขคือจำนวนบัตรที่จัดข้อในแถวไว้สูงกว่าข้อในคอลัมน์',
  schulzePaths: 'ความแข็งแรงของเส้นทางที่แข็งแรงที่สุด',
  schulzePathsNote:
    'ตัวเลขคือความแข็งแรงของเส้นทางที่แข็งแรงที่สุดจากข้อในแถวไปยังข้อในคอลัมน์ (คู่ที่ชนะต่อกันเป็นทอด ๆ วัดที่คู่ที่ชนะน้อยที่สุด) ข้อในแถวชนะข้อในคอลัมน์เมื่อตัวเลขนี้มากกว่าตัวเลขในช่องกลับกัน คะแนนคือจำนวนข้อที่ชนะ',
  criteria: (list: string) => `เกณฑ์: ${list}`,
  criterion: (name: string, weight: string) => `${name} (น้ำหนัก ${weight})`,
  otherPolls: 'ผลการลงคะแนนอื่น',
  consensus: (yes: boolean) => (yes ? 'ได้ฉันทามติ' : 'ยังไม่ได้ฉันทามติ'),
  consensusValue: 'ระดับ (นิ้ว)',
  consensusBlock: 'คัดค้าน',
  consensusMean: (mean: string) => `ค่าเฉลี่ย ${mean}`,

  methods: VOCAB.pollMethod,
  dots: VOCAB.pollMethod.dots,
  tieRules: {
    casting_vote: VOCAB.tieRule.casting_vote,
    revote: VOCAB.tieRule.revote,
    lottery: (seed: string) => `${VOCAB.tieRule.lottery} เลขตั้งต้น ${seed}`,
  },
  chartOf: (title: string) => `แผนภูมิแท่ง: ${title}`,

  priorities: 'ลำดับความสำคัญของปัญหา',
  prioritiesFrom: (title: string, method: string) => `จากการลงคะแนนเรื่อง "${title}" ด้วยวิธี${method}`,
  prioritiesManual: 'ที่ประชุมจัดลำดับร่วมกัน',
  colIssue: 'ประเด็นปัญหา',

  actionPlan: 'แผนปฏิบัติการ',
  colNumber: 'ลำดับ',
  colProject: 'โครงการ',
  colType: 'ประเภท',
  colRequestedFrom: 'ขอรับการสนับสนุนจาก / ทำร่วมกับ',
  colOwner: 'ผู้รับผิดชอบ',
  colBudget: 'งบประมาณ (บาท)',
  colPeriod: 'ระยะเวลา',
  colIndicator: 'ตัวชี้วัด',
  total: 'รวม',
  withoutBudget: (n: string) => `ยังไม่ระบุงบประมาณ ${n} โครงการ`,
  projectTypes: VOCAB.projectType,
  requestedFrom: VOCAB.requestedFrom,
  projectStatus: VOCAB.projectStatus,
  /** Two lines: the dash ends the first date's line. */
  period: (from: string, to: string) => `${from} –\n${to}`,

  signature: 'ลงชื่อ',
  signatureLine: '………………………………',
  noteTaker: 'ผู้จดรายงานการประชุม',
  reviewer: 'ผู้ตรวจรายงานการประชุม',

  annex: (n: string, title: string) => `ภาคผนวก ${n} ${title}`,
  signIn: 'ใบลงทะเบียน',
  colName: 'ชื่อ-สกุล',
  colOrganisation: 'หน่วยงาน/หมู่บ้าน',
  colPosition: 'ตำแหน่ง',
  colSignature: 'ลายมือชื่อ',
  representation: 'องค์ประกอบของผู้เข้าร่วมประชุม',
  representationBasis: { checked_in: (n: string) => `ผู้มาประชุม ${n} คน`, registered: (n: string) => `ผู้ลงทะเบียน ${n} คน` },
  colGroup: 'กลุ่ม',
  colCount: 'จำนวน (คน)',
  colShare: 'ร้อยละ',
  equity: 'การมีส่วนร่วมในการแสดงความคิดเห็น',
  equitySummary: (speeches: string, minutes: string, gini: string) => `พูดรวม ${speeches} ครั้ง เวลา ${minutes} นาที ค่าสัมประสิทธิ์จีนี ${gini}`,
  equityTopThree: (people: string, share: string) => `ผู้พูดมากที่สุด ${people} คน ใช้เวลาร้อยละ ${share} ของเวลาพูดทั้งหมด`,
  colAttendeeShare: 'ร้อยละของผู้มาประชุม',
  colSpeeches: 'ครั้งที่พูด',
  colTimeShare: 'ร้อยละของเวลาพูด',
  colGap: 'ส่วนต่าง',
  colWrittenShare: 'ร้อยละของข้อความที่ส่ง',
  equityWritten: (total: string, unattributed: string) => `ข้อเสนอและคำถามที่ส่งเป็นข้อความทางโทรศัพท์ ${total} รายการ (ไม่ระบุผู้ส่ง ${unattributed} รายการ)`,
  seriesAttendees: 'สัดส่วนผู้มาประชุม',
  seriesTime: 'สัดส่วนเวลาพูด',
  nobodySpoke: 'ไม่มีการบันทึกผู้พูด',

  dimensions: VOCAB.dimension,
  unknown: NOT_GIVEN.th,
  village: (v: string) => `หมู่ที่ ${v}`,
  /** The labels of each dimension's keys (villages are free text). */
  vocabulary: VOCAB,
} as const;
