/**
 * The vocabulary labels (shared/domain/labels.ts) placed where the screens look them up, so
 * `t('vocab.gender.other')` shows the word the minutes and the tables print. The translation
 * files hold no vocabulary label of their own.
 */
import type { Lang } from '../../shared/domain/buddhist-date';
import { NOT_GIVEN, labelsIn } from '../../shared/domain/labels';

export function vocabularyResources(lang: Lang) {
  const l = labelsIn(lang);
  return {
    vocab: {
      unknown: NOT_GIVEN[lang],
      forumKind: l.forumKind,
      status: l.forumStatus,
      iap2: l.iap2Level,
      sector: l.sector,
      gender: l.gender,
      ageGroup: l.ageGroup,
      role: l.role,
      disadvantaged: l.disadvantagedGroup,
    },
    representation: { dimension: l.dimension },
    issues: { category: l.issueCategory, details: l.issueDetailKind },
    notes: { kind: l.noteKind },
    polls: { method: l.pollMethod, status: l.pollStatus, tieRule: l.tieRule },
    plan: { type: l.projectType, level: l.requestedFrom, status: l.projectStatus },
  };
}

type Tree = { readonly [key: string]: string | Tree };

/** `base` with `extra`'s keys added at every depth (the translation files and the labels never name the same key). */
export function withLabels<A extends Tree, B extends Tree>(base: A, extra: B): A & B {
  const merged: Record<string, string | Tree> = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const here = merged[key];
    merged[key] = typeof here === 'object' && typeof value === 'object' ? withLabels(here, value) : value;
  }
  return merged as A & B;
}
