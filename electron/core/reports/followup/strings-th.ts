/** The Thai wording of the follow-up part of the minutes (งานสารบรรณ style, like html/strings-th.ts). */
import type { FollowUpStatus, LessonKind } from '../../../../shared/domain/follow-through-vocabulary';

export const FOLLOW_UP_MINUTES_TH = {
  table: 'ผลการติดตามการดำเนินงานตามแผน',
  asOf: (date: string) => `ข้อมูล ณ วันที่ ${date}`,
  from: (forums: string) => `โครงการตามแผนของ ${forums}`,
  colNumber: 'ที่',
  colProject: 'โครงการ',
  colStatus: 'สถานะ',
  colProgress: 'ร้อยละ',
  colBudget: 'งบประมาณ (บาท)',
  colCommitted: 'ภาคีสนับสนุน (บาท)',
  colSpent: 'ใช้จ่ายแล้ว (บาท)',
  colNote: 'หมายเหตุ',
  total: 'รวม',
  noUpdate: 'ยังไม่มีรายงาน',
  overdue: 'เกินกำหนด',
  noProjects: '- ไม่มีโครงการที่ต้องติดตาม -',
  lessons: 'บทเรียนจากการดำเนินงาน',
  plan: 'ภาพรวมของแผน',
  status: {
    not_started: 'ยังไม่เริ่ม',
    in_progress: 'กำลังดำเนินการ',
    done: 'แล้วเสร็จ',
    delayed: 'ล่าช้า',
    dropped: 'ยกเลิก',
  } satisfies Record<FollowUpStatus, string>,
  lessonKinds: {
    went_well: 'สิ่งที่ทำได้ดี',
    obstacle: 'ปัญหาและอุปสรรค',
    next_time: 'ข้อเสนอแนะสำหรับครั้งต่อไป',
  } satisfies Record<LessonKind, string>,
} as const;
