/** The Thai headers of the commitments workbook. */
export const FUNDING_TH = {
  sheet: 'ทรัพยากรตามข้อตกลง',
  title: (forum: string) => `ทรัพยากรที่ภาคีสนับสนุนเทียบกับงบประมาณโครงการ: ${forum}`,
  colNumber: 'ที่',
  colProject: 'โครงการ',
  colPartner: 'ภาคี',
  colMoney: 'เงิน (บาท)',
  colInKind: 'สิ่งของ (มูลค่า บาท)',
  colPeople: 'บุคลากร (มูลค่า บาท)',
  colPersonDays: 'คน-วัน',
  colCommitted: 'รวมที่สนับสนุน (บาท)',
  colBudget: 'งบประมาณโครงการ (บาท)',
  colGap: 'ส่วนต่าง (บาท)',
  total: (title: string) => `รวม ${title}`,
  none: '- ยังไม่มีภาคีสนับสนุน -',
  note: 'ส่วนต่าง = งบประมาณโครงการ − รวมที่สนับสนุน (ค่าบวก: ยังขาด; ค่าลบ: เกินงบประมาณ); นับเฉพาะข้อตกลงฉบับล่าสุด',
} as const;
