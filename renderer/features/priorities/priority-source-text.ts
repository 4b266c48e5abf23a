/**
 * The line under a priority list that came from merging village forums (merge.apply): how many
 * villages' lists, counted how, when; and a warning when the count left a tie for first place.
 */
import type { TFunction } from 'i18next';
import type { PrioritySource } from '../../../shared/contract';

type MergeSource = Extract<PrioritySource, { kind: 'merge' }>;

/** Numbers and times as the reader's language writes them (useFormat()). */
interface Format {
  number(n: number): string;
  dateTime(iso: string): string;
}

export function mergeSourceText(t: TFunction, source: MergeSource, format: Format): { line: string; tie: string | null } {
  const count = source.sourceForumIds.length;
  return {
    line: t('polls.priorities.mergeFrom', {
      count,
      n: format.number(count),
      method: t(`polls.priorities.mergeMethod.${source.method}`),
      when: format.dateTime(source.mergedAt),
    }),
    tie: source.tie ? t('polls.priorities.mergeTie') : null,
  };
}
