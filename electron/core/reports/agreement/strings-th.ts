/**
 * The fixed Thai wording of the agreement document (บันทึกข้อตกลงความร่วมมือ), in one place, so
 * a clerk's correction is one edit. The clauses follow seed 000's list of what partners agree on.
 */
import type { DecisionRule, PartnerKind } from '../../../../shared/domain/follow-through-vocabulary';

export const AGREEMENT_TH = {
  documentTitle: 'บันทึกข้อตกลงความร่วมมือ',
  subject: (title: string) => `เรื่อง ${title}`,
  between: 'ระหว่าง',
  version: (n: string, previous: string) => `ฉบับที่ ${n} (ต่ออายุจากฉบับที่ ${previous})`,
  intro: (place: string | null, date: string | null, parties: string) =>
    `บันทึกข้อตกลงความร่วมมือฉบับนี้ทำขึ้น${place ? ` ณ ${place}` : ''}${date ? ` เมื่อวันที่ ${date}` : ''} ระหว่าง ${parties} ซึ่งต่อไปในบันทึกข้อตกลงนี้เรียกรวมกันว่า "ภาคี" โดยภาคีทุกฝ่ายได้ตกลงร่วมกัน ดังต่อไปนี้`,
  clause: (n: string, heading: string) => `ข้อ ${n} ${heading}`,
  purpose: 'วัตถุประสงค์ร่วม',
  activities: 'กิจกรรมที่ดำเนินการร่วมกัน',
  projects: 'โครงการภายใต้บันทึกข้อตกลงนี้',
  roles: 'บทบาทและหน้าที่ของภาคี',
  schedule: (text: string) => `ช่วงเวลา: ${text}`,
  resources: 'ทรัพยากรที่ภาคีแต่ละฝ่ายสนับสนุน',
  decision: 'การตัดสินใจและการระงับข้อขัดแย้ง',
  decisionRule: {
    consensus: 'ภาคีตัดสินใจร่วมกันโดยฉันทามติ',
    majority: 'ภาคีตัดสินใจร่วมกันโดยเสียงข้างมาก',
    named_body: 'ภาคีมอบให้',
  } satisfies Record<DecisionRule, string>,
  decidesFor: (body: string) => `ภาคีมอบให้${body}เป็นผู้ตัดสินใจในนามของภาคี`,
  conflict: (text: string) => `หากมีข้อขัดแย้ง ${text}`,
  dataSharing: 'การแลกเปลี่ยนข้อมูล',
  term: 'ระยะเวลาและการทบทวนข้อตกลง',
  from: (date: string) => `บันทึกข้อตกลงนี้มีผลตั้งแต่วันที่ ${date}`,
  to: (date: string) => ` ถึงวันที่ ${date}`,
  review: (date: string) => `ภาคีจะร่วมกันทบทวนบทบาทและข้อตกลงนี้ภายในวันที่ ${date}`,
  noTerm: 'บันทึกข้อตกลงนี้มีผลตั้งแต่วันที่ลงนาม',
  closing: (copies: string) =>
    `บันทึกข้อตกลงนี้ทำขึ้นเป็น ${copies} ฉบับ มีข้อความถูกต้องตรงกัน ภาคีทุกฝ่ายได้อ่านและเข้าใจข้อความโดยละเอียดตลอดแล้ว จึงได้ลงลายมือชื่อไว้เป็นสำคัญต่อหน้าพยาน และต่างยึดถือไว้ฝ่ายละหนึ่งฉบับ`,
  sign: 'ลงชื่อ',
  line: '....................................................',
  witness: 'พยาน',
  colPartner: 'ภาคี',
  colItem: 'รายการ',
  colProject: 'โครงการ',
  colQuantity: 'จำนวน',
  colValue: 'มูลค่า (บาท)',
  total: 'รวม',
  money: 'เงินงบประมาณ',
  people: (people: string, days: string) => `บุคลากร ${people} คน ${days} วัน`,
  estimated: 'มูลค่าของสิ่งของและบุคลากรเป็นมูลค่าโดยประมาณ',
  whole: 'ทั้งบันทึกข้อตกลง',
  partnerKinds: {
    village_committee: 'คณะกรรมการหมู่บ้าน',
    local_government: 'องค์กรปกครองส่วนท้องถิ่น',
    district_office: 'หน่วยงานระดับอำเภอ',
    provincial_office: 'หน่วยงานระดับจังหวัด',
    government_agency: 'หน่วยงานของรัฐ',
    school: 'สถานศึกษา',
    health_facility: 'หน่วยบริการสุขภาพ',
    company: 'ภาคเอกชน',
    civil_society: 'องค์กรภาคประชาสังคม',
    community_group: 'กลุ่มองค์กรชุมชน',
    other: 'อื่น ๆ',
  } satisfies Record<PartnerKind, string>,
} as const;
