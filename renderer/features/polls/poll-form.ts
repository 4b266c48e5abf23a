/**
 * The new-poll form's values (strings, as inputs hold them) and their way to the contract's
 * `PollDraft`, with the mistakes found before the host is asked. Error values are translation
 * keys under `polls.form.errors`.
 */
import type { TFunction } from 'i18next';
import type { Input } from '../../../shared/contract';
import type { MajorityRule } from '../../../shared/tally/types';
import { latinDigits, parseCount } from '../../ui/digits';
import { type MethodChoice, methodChoice } from '../../i18n/poll-text';
import type { Poll } from '../../api/queries/polls';

type PollDraft = Input<'polls.create'>;

export interface CriterionValues {
  /** Stable key for React while rows are added and removed. */
  key: number;
  name: string;
  weight: string;
}

export type TieRuleCode = 'casting_vote' | 'revote' | 'lottery';

export interface PollFormValues {
  title: string;
  method: MethodChoice;
  /** Forum issues, in ballot order. */
  issueIds: string[];
  /** Free-text options, one a line, after the issues. */
  freeText: string;
  majority: MajorityRule;
  quorum: string;
  dotsPerParticipant: string;
  maxApprovals: string;
  scaleMin: string;
  scaleMax: string;
  criteria: CriterionValues[];
  minimum: string;
  tieRule: TieRuleCode;
  seed: string;
  eligibility: EligibilityKind;
  groupId: string | null;
  /** The named list: people registered at the forum. */
  personIds: string[];
  /** The agenda item decided under; undefined: the forum's current item (as the host defaults), null: none. */
  agendaItemId: string | null | undefined;
}

export type EligibilityKind = 'checked_in' | 'group' | 'list';

export type PollFormField = 'title' | 'options' | 'quorum' | 'dotsPerParticipant' | 'maxApprovals' | 'scale' | 'criteria' | 'minimum' | 'seed' | 'groupId' | 'personIds';
export type PollFormError =
  | 'title'
  | 'fewOptions'
  | 'duplicateOption'
  | 'seed'
  | 'group'
  | 'noVoters'
  | 'count'
  | 'dots'
  | 'scale'
  | 'noCriteria'
  | 'criterionName'
  | 'duplicateCriterion'
  | 'weight'
  | 'minimum';
export type PollFormErrors = Partial<Record<PollFormField, PollFormError>>;

const CRITERIA = ['severity', 'affected', 'urgency', 'feasibility', 'acceptance'] as const;

let nextKey = 1;
export const criterionRow = (name = '', weight = '1'): CriterionValues => ({ key: nextKey++, name, weight });

/**
 * A new poll's values: the five criteria Thai community planning uses most, weight 1 each
 * (DOMAIN.md), and the forum's default tie rule, agreed once for the whole forum.
 */
export function emptyPollValues(t: TFunction, tieRule: TieRuleCode = 'casting_vote'): PollFormValues {
  return {
    title: '',
    method: 'score_matrix',
    issueIds: [],
    freeText: '',
    majority: 'simple',
    quorum: '',
    dotsPerParticipant: '3',
    maxApprovals: '',
    scaleMin: '1',
    scaleMax: '5',
    criteria: CRITERIA.map((c) => criterionRow(t(`polls.criteria.${c}`))),
    minimum: '3',
    tieRule,
    seed: '',
    eligibility: 'checked_in',
    groupId: null,
    personIds: [],
    agendaItemId: undefined,
  };
}

/** A draft poll back into the form, to change it before it opens. */
export function pollToValues(t: TFunction, poll: Poll): PollFormValues {
  const base = emptyPollValues(t);
  const issueIds = poll.options.filter((o) => o.issueId !== null && !o.issueMissing).map((o) => o.issueId as string);
  const freeText = poll.options
    .filter((o) => o.issueId === null || o.issueMissing)
    .map((o) => o.label)
    .join('\n');
  const tie = poll.tieRule;
  const values: PollFormValues = {
    ...base,
    title: poll.title,
    method: methodChoice(poll.method, poll.method === 'approval' ? poll.rules.mode : null),
    issueIds,
    freeText,
    tieRule: tie.rule,
    seed: tie.rule === 'lottery' && tie.seed !== null ? String(tie.seed) : '',
    eligibility: poll.eligibility.kind,
    groupId: poll.eligibility.kind === 'group' ? poll.eligibility.groupId : null,
    personIds: poll.eligibility.kind === 'list' ? poll.eligibility.personIds : [],
    agendaItemId: poll.agendaItemId,
  };
  switch (poll.method) {
    case 'yes_no':
      return { ...values, majority: poll.rules.majority, quorum: poll.rules.quorum > 0 ? String(poll.rules.quorum) : '' };
    case 'approval':
      return {
        ...values,
        dotsPerParticipant: String(poll.rules.dotsPerParticipant ?? base.dotsPerParticipant),
        maxApprovals: poll.rules.maxApprovals ? String(poll.rules.maxApprovals) : '',
      };
    case 'score_matrix':
      return {
        ...values,
        scaleMin: String(poll.rules.scale.min),
        scaleMax: String(poll.rules.scale.max),
        criteria: poll.rules.criteria.map((c) => criterionRow(c.name, String(c.weight))),
      };
    case 'consensus':
      return { ...values, minimum: String(poll.rules.minimum) };
    default:
      return values;
  }
}

/** The form's draft as a change to an existing draft poll. */
export function draftToPatch(draft: PollDraft): Input<'polls.update'>['patch'] {
  const { forumId: _forum, agendaItemId, title, tieRule, eligibility, options, ...settings } = draft;
  return {
    title,
    tieRule,
    eligibility,
    options,
    ...(agendaItemId === undefined ? {} : { agendaItemId }),
    settings: settings as Input<'polls.update'>['patch']['settings'],
  };
}

export const optionLines = (freeText: string) =>
  freeText
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export const takesOptions = (method: MethodChoice) => method !== 'yes_no' && method !== 'consensus';

/** Weights: 0 … 100 with at most three decimals (shared/tally/types.ts `Weight`). */
export function parseWeight(text: string): number | null {
  const cleaned = latinDigits(text).trim();
  if (!/^\d{1,3}(\.\d{1,3})?$/.test(cleaned)) return null;
  const n = Number(cleaned);
  return n <= 100 ? n : null;
}

const parseInteger = (text: string) => {
  const cleaned = latinDigits(text).trim();
  return /^-?\d{1,4}$/.test(cleaned) ? Number(cleaned) : null;
};

export function toPollDraft(v: PollFormValues, forumId: string): { draft: PollDraft } | { errors: PollFormErrors } {
  const errors: PollFormErrors = {};
  const title = v.title.trim();
  if (!title) errors.title = 'title';

  const lines = optionLines(v.freeText);
  const options = takesOptions(v.method) ? [...v.issueIds.map((issueId) => ({ issueId })), ...lines.map((label) => ({ label }))] : [];
  if (takesOptions(v.method)) {
    if (options.length < 2) errors.options = 'fewOptions';
    else if (new Set(lines).size !== lines.length) errors.options = 'duplicateOption';
  }

  let seed: number | undefined;
  if (v.tieRule === 'lottery' && v.seed.trim() !== '') {
    const n = parseCount(v.seed);
    if (n === null || n > 0xffff_ffff) errors.seed = 'seed';
    else seed = n;
  }
  const tieRule = v.tieRule === 'lottery' ? { rule: 'lottery' as const, ...(seed === undefined ? {} : { seed }) } : { rule: v.tieRule };
  if (v.eligibility === 'group' && !v.groupId) errors.groupId = 'group';
  if (v.eligibility === 'list' && v.personIds.length === 0) errors.personIds = 'noVoters';
  const eligibility =
    v.eligibility === 'group' && v.groupId
      ? { kind: 'group' as const, groupId: v.groupId }
      : v.eligibility === 'list' && v.personIds.length > 0
        ? { kind: 'list' as const, personIds: v.personIds }
        : { kind: 'checked_in' as const };
  const base = { forumId, title, tieRule, eligibility, options, ...(v.agendaItemId === undefined ? {} : { agendaItemId: v.agendaItemId }) };

  let draft: PollDraft;
  switch (v.method) {
    case 'yes_no': {
      const quorum = v.quorum.trim() === '' ? 0 : parseCount(v.quorum);
      if (quorum === null) errors.quorum = 'count';
      draft = { ...base, method: 'yes_no', rules: { majority: v.majority, quorum: quorum ?? 0 } };
      break;
    }
    case 'dots': {
      const dots = parseCount(v.dotsPerParticipant);
      if (dots === null || dots < 1 || dots > 1000) errors.dotsPerParticipant = 'dots';
      draft = { ...base, method: 'approval', rules: { mode: 'dots', dotsPerParticipant: dots ?? 1 } };
      break;
    }
    case 'approval': {
      const max = v.maxApprovals.trim() === '' ? undefined : parseCount(v.maxApprovals);
      if (max === null || (max !== undefined && max < 1)) errors.maxApprovals = 'count';
      draft = { ...base, method: 'approval', rules: { mode: 'approval', ...(max ? { maxApprovals: max } : {}) } };
      break;
    }
    case 'score_matrix': {
      const min = parseInteger(v.scaleMin);
      const max = parseInteger(v.scaleMax);
      if (min === null || max === null || min >= max) errors.scale = 'scale';
      const names = v.criteria.map((c) => c.name.trim());
      const weights = v.criteria.map((c) => parseWeight(c.weight));
      if (v.criteria.length === 0) errors.criteria = 'noCriteria';
      else if (names.some((n) => !n)) errors.criteria = 'criterionName';
      else if (new Set(names).size !== names.length) errors.criteria = 'duplicateCriterion';
      else if (weights.some((w) => w === null)) errors.criteria = 'weight';
      draft = {
        ...base,
        method: 'score_matrix',
        rules: { scale: { min: min ?? 1, max: max ?? 5 }, criteria: names.map((name, i) => ({ name, weight: weights[i] ?? 1 })) },
      };
      break;
    }
    case 'consensus': {
      const minimum = parseCount(v.minimum);
      if (minimum === null || minimum > 5) errors.minimum = 'minimum';
      draft = { ...base, method: 'consensus', rules: { minimum: minimum ?? 3 } };
      break;
    }
    case 'show_of_hands':
      draft = { ...base, method: 'show_of_hands' };
      break;
    case 'plurality':
      draft = { ...base, method: 'plurality' };
      break;
    case 'borda':
      draft = { ...base, method: 'borda' };
      break;
    case 'irv':
      draft = { ...base, method: 'irv' };
      break;
    case 'schulze':
      draft = { ...base, method: 'schulze' };
      break;
  }
  return Object.keys(errors).length > 0 ? { errors } : { draft };
}
