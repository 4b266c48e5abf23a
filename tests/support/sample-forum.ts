/**
 * A realistic Thai village forum built through the operations, for reports tests and the bench:
 * people registered and checked in (two absent, two guests), the official five-item agenda with
 * a sub-item and its clock run, issues with causes and needs (one merged), notes of every kind
 * with speakers, speeches, resolutions, a small group, a Borda poll whose ranking becomes the
 * priority list, a yes/no poll, and three action-plan projects (the third with the longest
 * realistic names, agency and budget).
 *
 * `people`, `notes` and `polls` scale it up (e.g. 300 / 2,000 / 10 for the minutes bench);
 * the hand-written cast, notes and polls always come first, so tests can name them.
 */
import type { Forum, PersonDraft } from '../../shared/contract';
import type { TestCore } from './core';

export interface SampleForumOptions {
  title?: string;
  /** The forum's village, e.g. "หมู่ที่ 3 บ้านหนองบัว". */
  village?: string;
  /** People registered in all (at least the 13 of the cast); every 10th extra one stays absent. */
  people?: number;
  /** Notes in all (at least the cast's); the extra ones are spread over the agenda items. */
  notes?: number;
  /** Polls in all (at least the 2 of the cast); the extra ones are closed Borda polls under 4.1. */
  polls?: number;
  /** The forum's note-taker (ผู้จดบันทึก); null for none. */
  noteTaker?: string | null;
}

export interface SampleForum {
  forumId: string;
  forum: Forum;
  /** Everyone registered, in registration (badge) order. */
  personIds: string[];
  /** Checked in with a community role: ผู้มาประชุม. */
  presentIds: string[];
  /** Registered, never checked in: ผู้ไม่มาประชุม. */
  absentIds: string[];
  /** Checked in as provider or specialist: ผู้เข้าร่วมประชุม. */
  guestIds: string[];
  /** Handles on the cast. */
  people: {
    /** The village headman, who chairs. */
    chair: string;
    healthVolunteer: string;
    waterGroup: string;
    teacher: string;
    /** The อบต. community development officer (provider: a guest). */
    officer: string;
    /** The district agriculture officer (specialist: a guest). */
    specialist: string;
  };
  /** In agenda (display) order: 1, 2, 3, 4, 4.1, 5. */
  agendaItemIds: string[];
  item: { announcements: string; previousMinutes: string; mattersArising: string; consideration: string; problems: string; other: string };
  /** Active issues in list order (the merged one is not here). */
  issueIds: string[];
  issue: { road: string; water: string; prices: string; elderly: string; mergedIntoRoad: string };
  /** Notes stored (not deleted), in the order they were taken. */
  noteIds: string[];
  /** A note moved to the trash (under item 3): the minutes must leave it out. */
  deletedNoteId: string;
  resolutionIds: { previousMinutes: string; consideration: string; problems: string };
  groupId: string;
  pollIds: { ranked: string; yesNo: string; all: string[] };
  projectIds: string[];
  speechIds: string[];
}

interface CastMember {
  draft: PersonDraft;
  checkIn: boolean;
}

const person = (p: Partial<PersonDraft> & { firstName: string }): PersonDraft => ({ village: '3', sector: 'citizens', role: 'direct_recipient', ...p });

/** Thirteen people of one village forum, in registration order. */
const CAST: CastMember[] = [
  { checkIn: true, draft: person({ titlePrefix: 'นาย', firstName: 'สมศักดิ์', lastName: 'ใจดี', gender: 'male', ageGroup: '36_59', position: 'ผู้ใหญ่บ้าน', organisation: 'หมู่ที่ 3 บ้านหนองบัว' }) },
  {
    checkIn: true,
    draft: person({
      titlePrefix: 'นาง',
      firstName: 'บุญมี',
      lastName: 'ศรีสุข',
      gender: 'female',
      ageGroup: '60_plus',
      position: 'อาสาสมัครสาธารณสุขประจำหมู่บ้าน',
      organisation: 'โรงพยาบาลส่งเสริมสุขภาพตำบลหนองบัว',
      sensitive: { disadvantagedGroups: ['elderly'], consentGivenAt: '2026-11-23T01:30:00.000Z', consentRecordedBy: 'นางสาวศิริพร จดดี' },
    }),
  },
  { checkIn: true, draft: person({ titlePrefix: 'นาย', firstName: 'ประยูร', lastName: 'แก้วมณี', gender: 'male', ageGroup: '36_59', position: 'ผู้ช่วยผู้ใหญ่บ้าน' }) },
  { checkIn: true, draft: person({ titlePrefix: 'นางสาว', firstName: 'มาลี', lastName: 'พรหมมา', gender: 'female', ageGroup: '18_35', position: 'กรรมการหมู่บ้าน' }) },
  {
    checkIn: true,
    draft: person({ titlePrefix: 'นาย', firstName: 'วิชัย', lastName: 'บุญเรือง', gender: 'male', ageGroup: '36_59', sector: 'civil_society', role: 'indirectly_affected', position: 'ประธานกลุ่มผู้ใช้น้ำ', organisation: 'กลุ่มผู้ใช้น้ำบ้านหนองบัว' }),
  },
  { checkIn: true, draft: person({ titlePrefix: 'นาง', firstName: 'อำไพ', lastName: 'สายทอง', gender: 'female', ageGroup: '36_59', sector: 'civil_society', position: 'ประธานกลุ่มแม่บ้านเกษตรกร', organisation: 'กลุ่มแม่บ้านเกษตรกรบ้านหนองบัว' }) },
  {
    checkIn: true,
    draft: person({
      titlePrefix: 'นาย',
      firstName: 'ทองดี',
      lastName: 'มีสุข',
      gender: 'male',
      ageGroup: '60_plus',
      village: '5',
      position: 'ปราชญ์ชาวบ้าน',
      sensitive: { disadvantagedGroups: ['elderly', 'low_income'], consentGivenAt: '2026-11-23T01:31:00.000Z', consentRecordedBy: 'นางสาวศิริพร จดดี' },
    }),
  },
  {
    checkIn: true,
    draft: person({ titlePrefix: 'นางสาว', firstName: 'กาญจนา', lastName: 'ทองคำ', gender: 'female', ageGroup: '18_35', sector: 'academia', role: 'indirectly_affected', position: 'ครู', organisation: 'โรงเรียนบ้านหนองบัว' }),
  },
  {
    checkIn: true,
    draft: person({ titlePrefix: 'นาย', firstName: 'ณรงค์', lastName: 'ศักดิ์ดี', gender: 'male', ageGroup: '36_59', sector: 'local_government', position: 'สมาชิกสภา อบต.', organisation: 'อบต.หนองบัว' }),
  },
  {
    checkIn: true,
    draft: person({
      titlePrefix: 'นางสาว',
      firstName: 'พิมพ์ใจ',
      lastName: 'รักษ์ไทย',
      gender: 'female',
      ageGroup: '18_35',
      village: null,
      sector: 'local_government',
      role: 'provider',
      position: 'นักพัฒนาชุมชน',
      organisation: 'อบต.หนองบัว',
    }),
  },
  {
    checkIn: true,
    draft: person({
      titlePrefix: 'นาย',
      firstName: 'เกษม',
      lastName: 'ชาวนา',
      gender: 'male',
      ageGroup: '36_59',
      village: null,
      sector: 'government',
      role: 'specialist',
      position: 'นักวิชาการส่งเสริมการเกษตร',
      organisation: 'สำนักงานเกษตรอำเภอเมือง',
    }),
  },
  { checkIn: false, draft: person({ titlePrefix: 'นาย', firstName: 'สุชาติ', lastName: 'ดวงดี', gender: 'male', ageGroup: '36_59', position: 'กรรมการหมู่บ้าน' }) },
  { checkIn: false, draft: person({ titlePrefix: 'นาง', firstName: 'สมพร', lastName: 'แสงทอง', gender: 'female', ageGroup: '60_plus', village: '5' }) },
];
const CAST_INDEX = { chair: 0, healthVolunteer: 1, assistant: 2, committee: 3, waterGroup: 4, housewives: 5, sage: 6, teacher: 7, councillor: 8, officer: 9, specialist: 10 } as const;

const FIRST = ['สมชาย', 'สมหญิง', 'บุญช่วย', 'ประเสริฐ', 'จันทร์เพ็ญ', 'สุดใจ', 'คำปุน', 'บัวผัน', 'ทองใบ', 'แสงเดือน', 'สมบัติ', 'ลำดวน'];
const LAST = ['ใจงาม', 'ศรีประเสริฐ', 'แก้วกาญจนา', 'พรหมวงศ์', 'บุญมา', 'ทองสุข', 'ชัยมงคล', 'สีดา'];
const SECTORS = ['citizens', 'citizens', 'citizens', 'civil_society', 'local_government', 'academia'] as const;
const AGES = ['18_35', '36_59', '36_59', '60_plus'] as const;

/** The n-th generated villager (n from 0): varied names, genders, villages and sectors. */
function extraPerson(n: number): PersonDraft {
  const female = n % 2 === 1;
  return {
    titlePrefix: female ? (n % 4 === 1 ? 'นาง' : 'นางสาว') : 'นาย',
    firstName: `${FIRST[n % FIRST.length]}${Math.floor(n / FIRST.length) + 1}`,
    lastName: LAST[n % LAST.length] ?? null,
    gender: female ? 'female' : 'male',
    ageGroup: AGES[n % AGES.length] ?? null,
    village: String((n % 7) + 1),
    sector: SECTORS[n % SECTORS.length] ?? null,
    role: n % 3 === 0 ? 'indirectly_affected' : 'direct_recipient',
    organisation: n % 5 === 0 ? 'กลุ่มออมทรัพย์เพื่อการผลิต' : null,
    position: n % 5 === 0 ? 'สมาชิก' : null,
  };
}

/** Sentences the extra notes cycle through. */
const FILLER = [
  'ขอให้ อบต. ช่วยประสานหน่วยงานที่เกี่ยวข้องโดยเร็ว',
  'ในช่วงฤดูแล้งชาวบ้านต้องซื้อน้ำใช้เอง ค่าใช้จ่ายสูงมาก',
  'กลุ่มแม่บ้านพร้อมสมทบแรงงานในการดำเนินโครงการ',
  'ควรทำประชาคมย่อยในแต่ละคุ้มก่อนสรุปเป็นแผนของหมู่บ้าน',
  'ราคาปุ๋ยเพิ่มขึ้นทุกปี แต่ราคาข้าวเปลือกไม่ขยับ',
];

export async function seedSampleForum(t: TestCore, options: SampleForumOptions = {}): Promise<SampleForum> {
  const forum = await t.call('forums.create', {
    title: options.title ?? 'เวทีประชาคมหมู่บ้านเพื่อจัดทำแผนพัฒนาหมู่บ้าน ประจำปี 2570',
    kind: 'village',
    number: '3/2569',
    date: '2026-11-23',
    startTime: '09:00',
    endTime: '12:00',
    venue: 'ศาลาการเปรียญวัดบ้านหนองบัว',
    village: options.village ?? 'หมู่ที่ 3 บ้านหนองบัว',
    tambon: 'หนองบัว',
    district: 'เมือง',
    province: 'ขอนแก่น',
    organiser: 'องค์การบริหารส่วนตำบลหนองบัว',
    facilitator: 'นางสาวพิมพ์ใจ รักษ์ไทย',
    noteTaker: options.noteTaker === undefined ? 'นางสาวศิริพร จดดี' : options.noteTaker,
    iap2Level: 'involve',
    status: 'open',
    expectedSectors: ['citizens', 'local_government', 'government', 'civil_society'],
  });
  const forumId = forum.id;

  // People: the cast, then generated villagers; register everyone first (badge order), then check in.
  const members: CastMember[] = [...CAST];
  const extra = Math.max(0, (options.people ?? CAST.length) - CAST.length);
  for (let i = 0; i < extra; i++) members.push({ draft: extraPerson(i), checkIn: i % 10 !== 9 });
  const personIds: string[] = [];
  for (const m of members) {
    const p = await t.call('people.create', m.draft);
    await t.call('attendance.register', { forumId, personId: p.id });
    personIds.push(p.id);
  }
  const presentIds: string[] = [];
  const absentIds: string[] = [];
  const guestIds: string[] = [];
  for (const [i, m] of members.entries()) {
    const id = personIds[i] as string;
    if (!m.checkIn) {
      absentIds.push(id);
      continue;
    }
    await t.call('attendance.checkIn', { forumId, personId: id });
    (m.draft.role === 'provider' || m.draft.role === 'specialist' ? guestIds : presentIds).push(id);
  }
  const who = (k: keyof typeof CAST_INDEX) => personIds[CAST_INDEX[k]] as string;

  // Agenda: the official five items, with 4.1 under "matters for consideration".
  const agenda = await t.call('agenda.applyTemplate', { forumId, template: 'official_five' });
  const [i1, i2, i3, i4, i5] = agenda.items.map((i) => i.id) as [string, string, string, string, string];
  const i41 = (await t.call('agenda.add', { forumId, parentId: i4, title: 'ปัญหาและความต้องการของหมู่บ้าน และการจัดลำดับความสำคัญ', plannedMinutes: 45 })).id;
  const item = { announcements: i1, previousMinutes: i2, mattersArising: i3, consideration: i4, problems: i41, other: i5 };

  const noteIds: string[] = [];
  const note = async (agendaItemId: string | null, text: string, speakerId: string | null, kind: 'statement' | 'question' | 'proposal' | 'draft_resolution' = 'statement', groupId: string | null = null) => {
    const n = await t.call('notes.create', { forumId, agendaItemId, text, speakerId, kind, groupId });
    noteIds.push(n.id);
    return n.id;
  };
  const speechIds: string[] = [];
  const speech = async (personId: string | null, agendaItemId: string) => {
    speechIds.push((await t.call('speakers.start', { forumId, personId, agendaItemId })).id);
    await t.call('speakers.stop', { forumId });
  };

  // 1 Announcements.
  await t.call('agenda.start', { id: i1 });
  await speech(who('chair'), i1);
  await note(i1, 'อบต.หนองบัว จะรวบรวมแผนของทุกหมู่บ้านภายในเดือนธันวาคม', who('chair'));
  await note(i1, 'วันนี้มีเจ้าหน้าที่จากสำนักงานเกษตรอำเภอมาร่วมประชุมด้วย', who('officer'));

  // 2 The previous minutes: a draft resolution becomes the item's resolution.
  await t.call('agenda.next', { forumId });
  await note(i2, 'ให้แก้ไขชื่อกลุ่มผู้ใช้น้ำในหน้า 2 ให้ถูกต้อง', who('waterGroup'), 'proposal');
  const draftResolution = await note(i2, 'รับรองรายงานการประชุมครั้งที่ 2/2569 โดยมีการแก้ไขชื่อกลุ่มผู้ใช้น้ำ', null, 'draft_resolution');
  const previousMinutes = (await t.call('notes.resolutionFromNote', { noteId: draftResolution })).id;

  // 3 Matters arising, with a note put in the trash.
  await t.call('agenda.next', { forumId });
  await speech(who('councillor'), i3);
  await note(i3, 'โครงการซ่อมถนนสายบ้านหนองบัว–บ้านโนนสูงจากปีที่แล้ว ได้รับงบประมาณแล้ว จะเริ่มดำเนินการเดือนมกราคม', who('councillor'));
  await note(i3, 'จะมีการซ่อมไฟฟ้าส่องสว่างตรงทางโค้งด้วยหรือไม่', who('committee'), 'question');
  const deletedNoteId = await note(i3, 'ข้อความที่พิมพ์ผิด', null);
  noteIds.pop();
  await t.call('notes.delete', { id: deletedNoteId });

  // 4 Matters for consideration, and 4.1 problems, needs and priorities.
  await t.call('agenda.next', { forumId });
  await note(i4, 'แผนพัฒนาหมู่บ้านต้องเชื่อมโยงกับแผนพัฒนาท้องถิ่นของ อบต.', who('officer'));
  await t.call('agenda.next', { forumId });
  const issue = async (title: string, fields: { causes?: string[]; potentials?: string[]; needs?: string[]; raisedBy?: string; category?: string } = {}) =>
    (
      await t.call('issues.create', {
        forumId,
        agendaItemId: i41,
        title,
        causes: fields.causes ?? [],
        potentials: fields.potentials ?? [],
        needs: fields.needs ?? [],
        raisedByPersonId: fields.raisedBy ?? null,
      })
    ).id;
  const road = await issue('ถนนเข้าหมู่บ้านชำรุด', {
    causes: ['รถบรรทุกอ้อยวิ่งผ่านในฤดูหีบอ้อย', 'ไม่มีงบซ่อมบำรุงประจำปี'],
    needs: ['ปรับปรุงถนนลูกรังเป็นถนนคอนกรีตเสริมเหล็ก'],
    raisedBy: who('assistant'),
  });
  const water = await issue('น้ำไม่พอใช้ในฤดูแล้ง', {
    causes: ['หนองน้ำสาธารณะตื้นเขิน'],
    potentials: ['มีกลุ่มผู้ใช้น้ำที่เข้มแข็ง'],
    needs: ['ขุดลอกหนองน้ำสาธารณะ', 'ขยายเขตประปาหมู่บ้าน'],
    raisedBy: who('waterGroup'),
  });
  const prices = await issue('ราคาผลผลิตทางการเกษตรตกต่ำ', { causes: ['ต้นทุนปุ๋ยและยาสูง'], potentials: ['ปราชญ์ชาวบ้านด้านเกษตรอินทรีย์'], needs: ['อบรมการทำปุ๋ยอินทรีย์'] });
  const elderly = await issue('ผู้สูงอายุติดบ้านติดเตียงขาดผู้ดูแล', { causes: ['คนวัยทำงานไปทำงานต่างจังหวัด'], needs: ['อบรมอาสาสมัครดูแลผู้สูงอายุ'], raisedBy: who('healthVolunteer') });
  const potholes = await issue('ถนนลูกรังเป็นหลุมบ่อ', { causes: ['น้ำท่วมขังช่วงฤดูฝน'] });
  await t.call('issues.merge', { survivorId: road, mergedId: potholes });

  await speech(who('waterGroup'), i41);
  await note(i41, 'ช่วงเดือนมีนาคมถึงพฤษภาคม น้ำในหนองสาธารณะแห้ง ชาวบ้านต้องซื้อน้ำใช้', who('waterGroup'));
  await note(i41, 'ให้ขุดลอกหนองน้ำสาธารณะและทำรางระบายน้ำ', who('waterGroup'), 'proposal');
  await speech(who('sage'), i41);
  await note(i41, 'การขุดลอกต้องขออนุญาตใช้พื้นที่จากอำเภอหรือไม่', who('sage'), 'question');
  await speech(who('specialist'), i41);
  await note(i41, 'สำนักงานเกษตรอำเภอมีงบอบรมการทำปุ๋ยอินทรีย์ ให้หมู่บ้านส่งรายชื่อผู้สนใจ', who('specialist'));
  await note(i41, 'ควรให้ความสำคัญกับผู้สูงอายุติดเตียงด้วย', null);
  await speech(null, i41);

  // A small group on farming, with a note of its own.
  const groupId = (await t.call('groups.create', { forumId, name: 'กลุ่มที่ 1 ด้านการเกษตร' })).id;
  await t.call('groups.setMembers', { groupId, personIds: [who('waterGroup'), who('housewives'), who('sage'), who('teacher')] });
  await t.call('groups.update', { id: groupId, patch: { reporterId: who('housewives'), facilitatorId: who('specialist') } });
  await note(i41, 'ให้ตั้งกลุ่มทำปุ๋ยอินทรีย์ใช้เองในหมู่บ้าน', who('housewives'), 'proposal', groupId);

  // The ranked poll: paper ballots, entered as lines with counts.
  const ranked = await t.call('polls.create', {
    forumId,
    agendaItemId: i41,
    title: 'จัดลำดับความสำคัญของปัญหาหมู่บ้าน',
    method: 'borda',
    options: [{ issueId: road }, { issueId: water }, { issueId: prices }, { issueId: elderly }],
  });
  await t.call('polls.open', { id: ranked.id });
  const [oRoad, oWater, oPrices, oElderly] = ranked.options.map((o) => o.id) as [string, string, string, string];
  await t.call('polls.addBallots', {
    pollId: ranked.id,
    ballots: [
      { ranking: [oWater, oRoad, oElderly, oPrices], count: 4 },
      { ranking: [oRoad, oWater, oPrices, oElderly], count: 3 },
      { ranking: [oWater, oElderly, oRoad, oPrices], count: 2 },
      { ranking: [oPrices, oWater, oRoad, oElderly], count: 1 },
    ],
  });
  await t.call('polls.close', { id: ranked.id });
  const priorities = await t.call('priorities.adoptFromPoll', {
    pollId: ranked.id,
    resolutionText: 'ที่ประชุมมีมติจัดลำดับความสำคัญของปัญหา ดังนี้ 1. น้ำไม่พอใช้ในฤดูแล้ง 2. ถนนเข้าหมู่บ้านชำรุด 3. ผู้สูงอายุติดบ้านติดเตียงขาดผู้ดูแล 4. ราคาผลผลิตทางการเกษตรตกต่ำ',
  });

  // Projects for the two top priorities.
  const projectIds: string[] = [];
  const [first, second] = priorities.items;
  if (first && second) {
    projectIds.push(
      (
        await t.call('projects.createFromIssue', {
          forumId,
          issueId: first.issueId,
          title: 'โครงการขุดลอกหนองน้ำสาธารณะบ้านหนองบัว',
          type: 'requested',
          requestedFrom: 'local_government',
          requestedFromName: 'อบต.หนองบัว',
          owner: 'คณะกรรมการหมู่บ้าน',
          ownerPersonId: who('chair'),
          budgetSatang: 450_000_00,
          budgetSource: 'ข้อบัญญัติงบประมาณ อบต.หนองบัว ปี 2570',
          startDate: '2027-01-15',
          endDate: '2027-04-30',
          indicator: 'หนองน้ำเก็บน้ำได้ตลอดฤดูแล้ง',
          status: 'approved',
          pollId: ranked.id,
          priorityRank: first.rank,
        })
      ).id,
      (
        await t.call('projects.createFromIssue', {
          forumId,
          issueId: second.issueId,
          type: 'joint',
          requestedFrom: 'agency',
          requestedFromName: 'แขวงทางหลวงชนบทขอนแก่น',
          owner: 'นายประยูร แก้วมณี',
          budgetSatang: null,
          startDate: '2027-02-01',
          endDate: null,
          pollId: ranked.id,
          priorityRank: second.rank,
        })
      ).id,
    );
  }
  // The longest realistic entries of a village plan: an agency's full name, a long owner and
  // title, and a budget in the millions, so every layout is tried on the widest words it meets.
  const third = priorities.items[2];
  if (third) {
    projectIds.push(
      (
        await t.call('projects.createFromIssue', {
          forumId,
          issueId: third.issueId,
          title: 'โครงการอบรมอาสาสมัครดูแลผู้สูงอายุติดบ้านติดเตียงและผู้พิการในชุมชนบ้านหนองบัว',
          type: 'requested',
          requestedFrom: 'agency',
          requestedFromName: 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดขอนแก่น',
          owner: 'ชมรมอาสาสมัครสาธารณสุขประจำหมู่บ้านบ้านหนองบัว',
          budgetSatang: 1_285_750_50,
          budgetSource: 'กองทุนหลักประกันสุขภาพองค์การบริหารส่วนตำบลหนองบัว',
          startDate: '2026-12-01',
          endDate: '2027-09-30',
          indicator: 'ผู้สูงอายุติดบ้านติดเตียงได้รับการเยี่ยมบ้านอย่างน้อยเดือนละ 2 ครั้ง ไม่น้อยกว่าร้อยละ 80',
          status: 'proposed',
          pollId: ranked.id,
          priorityRank: third.rank,
        })
      ).id,
    );
  }

  // Back on item 4: the yes/no vote on sending the plan, and its resolution.
  const yesNo = await t.call('polls.create', { forumId, agendaItemId: i4, title: 'เห็นชอบให้เสนอแผนพัฒนาหมู่บ้านต่อ อบต.หนองบัว', method: 'yes_no' });
  await t.call('polls.open', { id: yesNo.id });
  await t.call('polls.setCounts', { pollId: yesNo.id, kind: 'yes_no', yes: 9, no: 0, abstain: 0 });
  await t.call('polls.close', { id: yesNo.id });
  const consideration = (await t.call('notes.setResolution', { forumId, agendaItemId: i4, text: 'ที่ประชุมมีมติเห็นชอบให้เสนอแผนพัฒนาหมู่บ้านต่อ อบต.หนองบัว ด้วยคะแนนเสียง 9 เสียง' })).id;

  // 5 Other matters: unattributed.
  await t.call('agenda.next', { forumId });
  await note(i5, 'ควรจัดเวทีติดตามผลการดำเนินงานอีกครั้งในเดือนมิถุนายน', null, 'proposal');

  // Scaling up: extra notes over the items, extra closed Borda polls under 4.1.
  const items = [i1, i2, i3, i4, i41, i5];
  const speakers = presentIds;
  const extraNotes = Math.max(0, (options.notes ?? 0) - noteIds.length);
  for (let n = 0; n < extraNotes; n++) {
    const kinds = ['statement', 'statement', 'question', 'proposal'] as const;
    await note(items[n % items.length] as string, `${FILLER[n % FILLER.length]} (${n + 1})`, n % 6 === 5 ? null : (speakers[n % speakers.length] as string), kinds[n % kinds.length]);
  }
  const pollIds = [ranked.id, yesNo.id];
  const extraPolls = Math.max(0, (options.polls ?? 0) - pollIds.length);
  for (let p = 0; p < extraPolls; p++) {
    const poll = await t.call('polls.create', {
      forumId,
      agendaItemId: i41,
      title: `จัดลำดับโครงการ ชุดที่ ${p + 1}`,
      method: 'borda',
      options: [{ label: 'ขุดลอกหนองน้ำ' }, { label: 'ซ่อมถนน' }, { label: 'อบรมปุ๋ยอินทรีย์' }],
    });
    await t.call('polls.open', { id: poll.id });
    const [a, b, c] = poll.options.map((o) => o.id) as [string, string, string];
    await t.call('polls.addBallots', {
      pollId: poll.id,
      ballots: [
        { ranking: [a, b, c], count: 5 + p },
        { ranking: [b, c, a], count: 4 },
        { ranking: [c, a, b], count: 3 },
      ],
    });
    await t.call('polls.close', { id: poll.id });
    pollIds.push(poll.id);
  }

  await t.call('agenda.stop', { id: i5 });
  const agendaItemIds = (await t.call('agenda.list', { forumId })).items.map((i) => i.id);
  const issueIds = (await t.call('issues.list', { forumId })).map((i) => i.id);

  return {
    forumId,
    forum: await t.call('forums.get', { id: forumId }),
    personIds,
    presentIds,
    absentIds,
    guestIds,
    people: {
      chair: who('chair'),
      healthVolunteer: who('healthVolunteer'),
      waterGroup: who('waterGroup'),
      teacher: who('teacher'),
      officer: who('officer'),
      specialist: who('specialist'),
    },
    agendaItemIds,
    item,
    issueIds,
    issue: { road, water, prices, elderly, mergedIntoRoad: potholes },
    noteIds,
    deletedNoteId,
    resolutionIds: { previousMinutes, consideration, problems: priorities.resolutionId as string },
    groupId,
    pollIds: { ranked: ranked.id, yesNo: yesNo.id, all: pollIds },
    projectIds,
    speechIds,
  };
}
