/** Thai written into the record by the people feature (the minutes are an official Thai document). */

/** What a redaction leaves in place of an erased person's name or phone. */
export const ERASED_PLACEHOLDER = '[ลบข้อมูลแล้ว]';
