/**
 * The Thai wording of the development-plan project list, in the columns of form ผ.02
 * (docs/development-plan.md says where they were confirmed).
 */
import type { PlanLevel } from '../../../../shared/domain/follow-through-vocabulary';

export const DEV_PLAN_TH = {
  sheet: 'บัญชีโครงการพัฒนา',
  heading: 'บัญชีโครงการพัฒนา (แบบ ผ.02)',
  from: (forum: string) => `จากเวที: ${forum}`,
  colNumber: 'ที่',
  colProject: 'โครงการ',
  colObjective: 'วัตถุประสงค์',
  colTarget: 'เป้าหมาย (ผลผลิตของโครงการ)',
  colBudget: 'งบประมาณ (บาท)',
  colYear: (year: string) => `พ.ศ. ${year}`,
  colIndicator: 'ตัวชี้วัด (KPI)',
  colExpected: 'ผลที่คาดว่าจะได้รับ',
  colResponsible: 'หน่วยงานรับผิดชอบหลัก',
  level: {
    community: 'โครงการที่ชุมชนดำเนินการเอง',
    subdistrict: 'โครงการที่ขอรับการสนับสนุนจากองค์กรปกครองส่วนท้องถิ่น (อบต./เทศบาล)',
    district: 'โครงการที่เสนอขอรับการสนับสนุนระดับอำเภอ',
    province: 'โครงการที่เสนอขอรับการสนับสนุนระดับจังหวัด',
    agency: 'โครงการที่ขอรับการสนับสนุนจากหน่วยงานอื่น',
  } satisfies Record<PlanLevel, string>,
  groupTotal: (count: string) => `รวม ${count} โครงการ`,
  grandTotal: (count: string) => `รวมทั้งสิ้น ${count} โครงการ`,
  empty: '- ยังไม่มีโครงการ -',
} as const;
