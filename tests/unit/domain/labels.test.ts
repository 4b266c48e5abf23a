/** Every code of every fixed vocabulary has its Thai and English words, and only real codes do. */
import { describe, expect, it } from 'vitest';
import { ForumTieRule, IssueDetailKind, NoteKind, PollMethod, PollStatus } from '../../../shared/contract';
import { DIMENSIONS } from '../../../shared/contract/representation';
import { DIMENSION_VOCABULARY, VOCABULARIES, VOCABULARY_LABELS, type Vocabulary, dimensionKeyLabel, labelsIn } from '../../../shared/domain/labels';
import { DEFAULT_ISSUE_CATEGORIES } from '../../../shared/domain/issue-categories';
import { ProjectStatus, ProjectType, RequestedFromLevel } from '../../../shared/domain/project-vocabulary';
import { AgeGroup, DisadvantagedGroup, ForumKind, ForumStatus, Gender, Iap2Level, Role, Sector } from '../../../shared/domain/vocabulary';

/** The codes each vocabulary labels, as the contract and the domain define them. */
const CODES: Record<Vocabulary, readonly string[]> = {
  forumKind: ForumKind.options,
  forumStatus: ForumStatus.options,
  iap2Level: Iap2Level.options,
  sector: Sector.options,
  gender: Gender.options,
  ageGroup: AgeGroup.options,
  role: Role.options,
  disadvantagedGroup: DisadvantagedGroup.options,
  dimension: DIMENSIONS,
  issueCategory: DEFAULT_ISSUE_CATEGORIES,
  issueDetailKind: IssueDetailKind.options,
  noteKind: NoteKind.options,
  // Dot voting is approval with stickers, named as a method of its own on screen and on paper.
  pollMethod: [...PollMethod.options, 'dots'],
  pollStatus: PollStatus.options,
  tieRule: ForumTieRule.options,
  projectType: ProjectType.options,
  requestedFrom: RequestedFromLevel.options,
  projectStatus: ProjectStatus.options,
};

describe('vocabulary labels', () => {
  it.each(VOCABULARIES)('%s: a non-empty Thai and English label for every code, and no label for a code that does not exist', (vocabulary) => {
    const labels: Record<string, { th: string; en: string }> = VOCABULARY_LABELS[vocabulary];
    expect(Object.keys(labels).sort()).toEqual([...CODES[vocabulary]].sort());
    for (const [code, label] of Object.entries(labels)) {
      expect(label.th.trim(), `${vocabulary}.${code} th`).not.toBe('');
      expect(label.en.trim(), `${vocabulary}.${code} en`).not.toBe('');
      expect(label.th, `${vocabulary}.${code} th is Thai`).toMatch(/[\u0E00-\u0E7F]|\d/);
    }
  });

  it('gives one word per code within a vocabulary, so a table never shows two codes alike', () => {
    for (const vocabulary of VOCABULARIES) {
      for (const lang of ['th', 'en'] as const) {
        const words = Object.values(labelsIn(lang)[vocabulary]);
        expect(new Set(words).size, `${vocabulary} ${lang}`).toBe(words.length);
      }
    }
  });

  it('names gender "other" เพศทางเลือก and the other disadvantaged group กลุ่มอื่น ๆ, never the bare อื่น ๆ', () => {
    const th = labelsIn('th');
    expect(th.gender.other).toBe('เพศทางเลือก');
    expect(dimensionKeyLabel(th, 'gender', 'other')).toBe('เพศทางเลือก');
    expect(dimensionKeyLabel(th, 'disadvantagedGroup', 'other')).toBe('กลุ่มอื่น ๆ');
    expect(dimensionKeyLabel(th, 'village', '3')).toBeNull();
  });

  it('covers every representation dimension with its vocabulary (villages are names as typed)', () => {
    expect(Object.keys(DIMENSION_VOCABULARY).sort()).toEqual([...DIMENSIONS].sort());
    expect(dimensionKeyLabel(labelsIn('en'), 'ageGroup', '60_plus')).toBe('60 and over');
  });
});
