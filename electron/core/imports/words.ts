/**
 * The words people write on sign-in sheets for each vocabulary code, Thai and English. The
 * first word of each list is the one the template offers; the code itself is always accepted.
 */
import type { AgeGroup, DisadvantagedGroup, Gender, Role, Sector } from '../../../shared/domain/vocabulary';

/** Case, spaces, dots, underscores and asterisks do not tell words apart ("อปท." = "อปท", "Local_Government"). */
export const wordKey = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[–—]/g, '-')
    .replace(/[\s._*:]+/g, '');

export const GENDER_WORDS: Record<Gender, readonly string[]> = {
  male: ['ชาย', 'เพศชาย', 'ช', 'male', 'm', 'man'],
  female: ['หญิง', 'เพศหญิง', 'ญ', 'female', 'f', 'woman'],
  other: ['อื่นๆ', 'อื่น', 'เพศทางเลือก', 'other'],
  unspecified: ['ไม่ระบุ', 'ไม่ต้องการระบุ', 'unspecified', 'not specified', 'prefer not to say'],
};

export const SECTOR_WORDS: Record<Sector, readonly string[]> = {
  government: ['ภาครัฐ', 'รัฐ', 'ราชการ', 'หน่วยงานรัฐ', 'government', 'gov', 'public sector'],
  local_government: ['ท้องถิ่น', 'อปท.', 'ภาคท้องถิ่น', 'องค์กรปกครองส่วนท้องถิ่น', 'local government', 'local'],
  private: ['เอกชน', 'ภาคเอกชน', 'ธุรกิจ', 'private', 'business'],
  civil_society: ['ประชาสังคม', 'ภาคประชาสังคม', 'องค์กรพัฒนาเอกชน', 'ngo', 'civil society'],
  academia: ['วิชาการ', 'ภาควิชาการ', 'สถาบันการศึกษา', 'academia', 'academic'],
  citizens: ['ประชาชน', 'ภาคประชาชน', 'ชุมชน', 'citizens', 'citizen', 'community'],
};

export const ROLE_WORDS: Record<Role, readonly string[]> = {
  provider: ['ผู้ให้บริการ', 'provider', 'service provider'],
  direct_recipient: ['ผู้รับบริการ', 'ผู้รับบริการโดยตรง', 'ผู้ได้รับผลกระทบโดยตรง', 'direct recipient', 'recipient'],
  indirectly_affected: ['ผู้ได้รับผลกระทบทางอ้อม', 'ผู้ได้รับผลกระทบ', 'indirectly affected', 'affected'],
  specialist: ['ผู้เชี่ยวชาญ', 'ผู้มีความรู้', 'ผู้ทรงคุณวุฒิ', 'ปราชญ์ชาวบ้าน', 'specialist', 'expert'],
};

export const DISADVANTAGED_WORDS: Record<DisadvantagedGroup, readonly string[]> = {
  elderly: ['ผู้สูงอายุ', 'elderly', 'older people', 'older person'],
  disability: ['คนพิการ', 'ผู้พิการ', 'disability', 'disabled', 'people with disabilities', 'person with disability'],
  low_income: ['ผู้มีรายได้น้อย', 'รายได้น้อย', 'คนจน', 'ผู้ยากไร้', 'low income', 'poor'],
  ethnic_minority: ['กลุ่มชาติพันธุ์', 'ชาติพันธุ์', 'ethnic minority', 'ethnic'],
  other: ['อื่นๆ', 'อื่น', 'other'],
};

/** A cell saying "none" in the disadvantaged-groups column. */
export const NONE_WORDS = ['ไม่มี', 'ไม่ใช่', '-', 'none', 'no', 'n/a'] as const;

export const AGE_GROUP_WORDS: Record<AgeGroup, readonly string[]> = {
  under_18: ['ต่ำกว่า 18', 'under 18', '<18', '0-17'],
  '18_35': ['18-35'],
  '36_59': ['36-59'],
  '60_plus': ['60 ขึ้นไป', '60 ปีขึ้นไป', '60+', '>=60'],
};

export const CONSENT_WORDS = {
  yes: ['ใช่', 'ยินยอม', 'ให้ความยินยอม', 'yes', 'y', '1', 'true', '✓', '✔', '☑'],
  no: ['ไม่', 'ไม่ใช่', 'ไม่ยินยอม', 'no', 'n', '0', 'false'],
} as const;

/** Abbreviated title prefixes to the full word the register uses. */
export const TITLE_PREFIX_WORDS: Record<string, readonly string[]> = {
  นางสาว: ['น.ส.', 'นส.'],
  เด็กชาย: ['ด.ช.', 'ดช.'],
  เด็กหญิง: ['ด.ญ.', 'ดญ.'],
};

/** A lookup from any word (by `wordKey`) to its code. */
export function lookup<C extends string>(words: Record<C, readonly string[]>): (text: string) => C | undefined {
  const map = new Map<string, C>();
  for (const [code, list] of Object.entries(words) as [C, readonly string[]][]) {
    for (const word of [code, ...list]) map.set(wordKey(word), code);
  }
  // Sheets repeat the same few words thousands of times: remember each raw cell text once.
  const seen = new Map<string, C | undefined>();
  return (text) => {
    if (seen.has(text)) return seen.get(text);
    const code = map.get(wordKey(text));
    if (seen.size < 10_000) seen.set(text, code);
    return code;
  };
}

/** The word the template and the sheet's users see for a code. */
export const templateWord = <C extends string>(words: Record<C, readonly string[]>, code: C): string => words[code][0] ?? code;
