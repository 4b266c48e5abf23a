/**
 * The fixed vocabularies of the domain (see DOMAIN.md). Codes are English and
 * stable; their Thai and English labels are in labels.ts, for every output.
 */
import { z } from 'zod';

export const FORUM_KINDS = ['village', 'tambon_integration', 'public_hearing', 'workshop', 'other'] as const;
export const FORUM_STATUSES = ['planned', 'open', 'closed'] as const;
export const IAP2_LEVELS = ['inform', 'consult', 'involve', 'collaborate', 'empower'] as const;
export const SECTORS = ['government', 'local_government', 'private', 'civil_society', 'academia', 'citizens'] as const;
export const GENDERS = ['male', 'female', 'other', 'unspecified'] as const;
export const AGE_GROUPS = ['under_18', '18_35', '36_59', '60_plus'] as const;
export const ROLES = ['provider', 'direct_recipient', 'indirectly_affected', 'specialist'] as const;
export const DISADVANTAGED_GROUPS = ['elderly', 'disability', 'low_income', 'ethnic_minority', 'other'] as const;
export const TITLE_PREFIXES = ['นาย', 'นาง', 'นางสาว', 'เด็กชาย', 'เด็กหญิง'] as const;

export const ForumKind = z.enum(FORUM_KINDS);
export const ForumStatus = z.enum(FORUM_STATUSES);
export const Iap2Level = z.enum(IAP2_LEVELS);
export const Sector = z.enum(SECTORS);
export const Gender = z.enum(GENDERS);
export const AgeGroup = z.enum(AGE_GROUPS);
export const Role = z.enum(ROLES);
export const DisadvantagedGroup = z.enum(DISADVANTAGED_GROUPS);

export type ForumKind = z.infer<typeof ForumKind>;
export type Sector = z.infer<typeof Sector>;
export type Gender = z.infer<typeof Gender>;
export type AgeGroup = z.infer<typeof AgeGroup>;
export type Role = z.infer<typeof Role>;
export type DisadvantagedGroup = z.infer<typeof DisadvantagedGroup>;

/** Age in years to the age group used for representation (60+ is "elderly" in Thai practice). */
export function ageGroupOf(age: number): AgeGroup {
  if (age < 18) return 'under_18';
  if (age <= 35) return '18_35';
  if (age <= 59) return '36_59';
  return '60_plus';
}
