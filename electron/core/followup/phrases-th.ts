/**
 * The Thai wording the core writes into a follow-up forum's agenda item 3 (a report template's
 * text, kept here beside the code that fills it, as the minutes keep theirs in reports/).
 */
import type { FollowUpStatus } from '../../../shared/domain/follow-through-vocabulary';

export const FOLLOW_UP_TH = {
  itemTitle: 'เรื่องสืบเนื่องจากการประชุมครั้งที่แล้ว',
  from: 'ติดตามผลจาก',
  resolutions: 'มติที่ประชุมครั้งที่แล้ว',
  projects: 'โครงการตามแผนและสถานะล่าสุด',
  none: 'ไม่มี',
  noUpdate: 'ยังไม่มีรายงานความก้าวหน้า',
  percent: (n: number) => `ร้อยละ ${n}`,
  session: (n: string) => `ครั้งที่ ${n}`,
  status: {
    not_started: 'ยังไม่เริ่มดำเนินการ',
    in_progress: 'อยู่ระหว่างดำเนินการ',
    done: 'ดำเนินการแล้วเสร็จ',
    delayed: 'ล่าช้า',
    dropped: 'ยกเลิก',
  } satisfies Record<FollowUpStatus, string>,
} as const;
