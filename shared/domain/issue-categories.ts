/**
 * Issue categories (หมวดประเด็น). A forum starts with the default list below and may edit it;
 * codes are stable English words, their Thai and English labels are in labels.ts.
 * A custom category carries its own label, typed by the facilitator.
 */
import { z } from 'zod';

export const DEFAULT_ISSUE_CATEGORIES = [
  'economy',
  'society',
  'health',
  'environment',
  'infrastructure',
  'education',
  'culture',
  'governance',
  'other',
] as const;

export type DefaultIssueCategory = (typeof DEFAULT_ISSUE_CATEGORIES)[number];

/** Keys are stored in issue.category and in URLs: short, lower case, no spaces. */
export const IssueCategoryKey = z.string().regex(/^[a-z0-9_-]{1,60}$/, 'a-z, 0-9, _ or -');

export const isDefaultIssueCategory = (key: string): key is DefaultIssueCategory =>
  (DEFAULT_ISSUE_CATEGORIES as readonly string[]).includes(key);
