/**
 * How a poll is named on screen and in the minutes: its method (dot voting shown as its own
 * method, as facilitators think of it) and its tie rule in words, with the lottery seed.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PollMethod } from '../../shared/contract';
import type { TieRule } from '../../shared/tally/types';

/** The methods as the picker offers them: approval split into plain approval and dot voting. */
export const METHOD_CHOICES = ['show_of_hands', 'score_matrix', 'dots', 'approval', 'borda', 'irv', 'schulze', 'plurality', 'yes_no', 'consensus'] as const;
export type MethodChoice = (typeof METHOD_CHOICES)[number];

export const methodChoice = (method: PollMethod, mode: 'approval' | 'dots' | null | undefined): MethodChoice =>
  method === 'approval' && mode === 'dots' ? 'dots' : method;

/** The poll's mode for dot voting, whatever the poll's shape (a draft, a poll, a result). */
export function modeOf(p: { method: PollMethod; rules?: unknown; mode?: 'approval' | 'dots' | null }): 'approval' | 'dots' | null {
  if (p.mode !== undefined) return p.mode;
  if (p.method !== 'approval') return null;
  const rules = p.rules as { mode?: 'approval' | 'dots' } | undefined;
  return rules?.mode ?? 'approval';
}

type TieRuleLike = TieRule | { rule: 'lottery'; seed: number | null } | { rule: 'casting_vote'; choices?: string[] };

export function tieRuleText(t: TFunction, rule: TieRuleLike): string {
  if (rule.rule === 'lottery') {
    return rule.seed === null ? t('polls.tieRule.lotteryNoSeed') : t('polls.tieRule.lotterySeed', { seed: rule.seed });
  }
  return t(`polls.tieRule.${rule.rule}`);
}

export function usePollText() {
  const { t } = useTranslation();
  return {
    method: (method: PollMethod, mode?: 'approval' | 'dots' | null) => t(`polls.method.${methodChoice(method, mode)}`),
    tieRule: (rule: TieRuleLike) => tieRuleText(t, rule),
  };
}
