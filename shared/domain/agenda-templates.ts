/**
 * Ready-made agendas a new forum can start from. Titles are data shown to people, so they are
 * kept here in Thai and English side by side; the facilitator edits them freely once applied.
 */

export const AGENDA_TEMPLATE_IDS = ['official_five', 'problem_analysis', 'blank'] as const;
export type AgendaTemplateId = (typeof AGENDA_TEMPLATE_IDS)[number];

export const AGENDA_LANGUAGES = ['th', 'en'] as const;
export type AgendaLanguage = (typeof AGENDA_LANGUAGES)[number];

export type LocalText = Readonly<Record<AgendaLanguage, string>>;

export interface AgendaTemplateChild {
  readonly title: LocalText;
  readonly description: LocalText | null;
  readonly plannedMinutes: number | null;
}

export interface AgendaTemplateItem extends AgendaTemplateChild {
  /** One level only, as on the agenda itself (4.1, 4.2). */
  readonly children: readonly AgendaTemplateChild[];
}

export interface AgendaTemplate {
  readonly id: AgendaTemplateId;
  readonly name: LocalText;
  readonly description: LocalText;
  readonly items: readonly AgendaTemplateItem[];
}

const item = (th: string, en: string, plannedMinutes: number | null, description: LocalText | null = null): AgendaTemplateItem => ({
  title: { th, en },
  description,
  plannedMinutes,
  children: [],
});

/**
 * The order of business in Thai official minutes (งานสารบรรณ). Most of the time goes to
 * matters for consideration, where the facilitator usually adds sub-items 4.1, 4.2, ...
 */
const officialFive: AgendaTemplate = {
  id: 'official_five',
  name: { th: 'ระเบียบวาระการประชุมแบบราชการ 5 วาระ', en: 'Official five-item agenda' },
  description: {
    th: 'ลำดับวาระตามแบบรายงานการประชุมของทางราชการ',
    en: 'The order of business of Thai government minutes',
  },
  items: [
    item('ประธานแจ้งให้ที่ประชุมทราบ', 'Announcements from the chair', 10),
    item('รับรองรายงานการประชุมครั้งที่แล้ว', 'Adoption of the minutes of the previous meeting', 10),
    item('เรื่องสืบเนื่อง', 'Matters arising', 15),
    item('เรื่องเพื่อพิจารณา', 'Matters for consideration', 60),
    item('เรื่องอื่น ๆ', 'Other matters', 10),
  ],
};

/**
 * Step 1 of the tambon plan integration (seed 001): "with all the data, open the forum, analyse
 * problems and their causes, find potentials and needs, and summarise to the forum"; the
 * prioritisation comes from the same seed's list of what the forum does (จัดลำดับความสำคัญ)
 * and sits before the summary so the summary can report it.
 */
const problemAnalysis: AgendaTemplate = {
  id: 'problem_analysis',
  name: { th: 'เวทีวิเคราะห์ปัญหาชุมชน', en: 'Problem-analysis forum' },
  description: {
    th: 'ขั้นตอนที่ 1 ของการบูรณาการแผนชุมชนระดับตำบล: วิเคราะห์ปัญหา สาเหตุ ศักยภาพ และความต้องการ',
    en: 'Step 1 of tambon community plan integration: problems, causes, potentials and needs',
  },
  items: [
    item('เปิดเวทีประชาคม ชี้แจงวัตถุประสงค์', 'Opening the forum and explaining its purpose', 15, {
      th: 'แนะนำทีมตำบลและผู้เข้าร่วม ชี้แจงวัตถุประสงค์และขั้นตอนของเวที',
      en: 'Introduce the tambon team and the participants; explain the purpose and the steps of the forum',
    }),
    item('นำเสนอข้อมูลชุมชน', 'Presenting the community data', 20, {
      th: 'ข้อมูลพื้นฐานชุมชน ข้อมูล จปฐ. กชช.2ค และแผนชุมชนของแต่ละหมู่บ้าน',
      en: 'Basic community data, the จปฐ. and กชช.2ค surveys, and each village community plan',
    }),
    item('วิเคราะห์ประเด็นปัญหาและสาเหตุ', 'Analysing problems and their causes', 45),
    item('ค้นหาศักยภาพและทรัพยากรของชุมชน', 'Finding the community potentials and resources', 30, {
      th: 'คน ภูมิปัญญาท้องถิ่น กลุ่มองค์กร กองทุน ทรัพยากรธรรมชาติ',
      en: 'People, local wisdom, groups and organisations, funds, natural resources',
    }),
    item('ความต้องการของชุมชน', 'Community needs', 30),
    item('จัดลำดับความสำคัญของปัญหาและความต้องการ', 'Prioritising problems and needs', 30),
    item('สรุปผลและนำเสนอต่อที่ประชาคม', 'Summarising the results to the forum', 15),
  ],
};

const blank: AgendaTemplate = {
  id: 'blank',
  name: { th: 'ว่าง', en: 'Blank' },
  description: { th: 'เริ่มจากระเบียบวาระว่าง แล้วเพิ่มเอง', en: 'Start with an empty agenda and add items yourself' },
  items: [],
};

export const AGENDA_TEMPLATES: readonly AgendaTemplate[] = [officialFive, problemAnalysis, blank];

export function findAgendaTemplate(id: AgendaTemplateId): AgendaTemplate {
  const found = AGENDA_TEMPLATES.find((t) => t.id === id);
  // The id type lists exactly the templates above, so a miss is a programming error.
  if (!found) throw new Error(`agenda template ${id} is missing`);
  return found;
}
