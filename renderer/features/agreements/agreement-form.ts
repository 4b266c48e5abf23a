/**
 * The agreement form's values and their checks, as plain functions: typed baht becomes whole
 * satang (`bahtToSatang`, never a float), quantities and counts are read as numbers, empty text
 * becomes null. What the form cannot know (a partner in the trash) is left to the core.
 */
import type { AgreementContent } from '../../../shared/contract';
import { bahtToSatang } from '../../../shared/domain/action-plan';
import type { CommitmentKind, DecisionRule } from '../../../shared/domain/follow-through-vocabulary';
import type { AgreementVersion } from '../../api/queries/agreements';
import { rowKey } from '../../ui/row-key';

export interface PartyValues {
  partnerId: string;
  role: string;
  schedule: string;
}

export interface CommitmentValues {
  key: string;
  partnerId: string | null;
  projectId: string | null;
  kind: CommitmentKind;
  description: string;
  amount: string;
  quantity: string;
  unit: string;
  people: string;
  days: string;
}

export interface SignatoryValues {
  key: string;
  role: 'party' | 'witness';
  partnerId: string | null;
  /** A signatory linked to the register keeps the link; the name is then the register's. */
  personId: string | null;
  name: string;
  jobTitle: string;
}

export interface AgreementFormValues {
  title: string;
  purpose: string;
  activities: string;
  decisionRule: DecisionRule;
  decisionBody: string;
  conflictResolution: string;
  dataSharing: string;
  startsOn: string;
  endsOn: string;
  reviewOn: string;
  signedOn: string;
  signedAt: string;
  parties: PartyValues[];
  /** Projects covered besides those named by commitments. */
  projectIds: string[];
  commitments: CommitmentValues[];
  signatories: SignatoryValues[];
}

export type AgreementErrorKey = 'required' | 'bodyRequired' | 'partnerRequired' | 'amount' | 'whatRequired' | 'quantity' | 'count' | 'endBeforeStart';
export type AgreementErrors = Record<string, AgreementErrorKey>;


export const emptyAgreement = (): AgreementFormValues => ({
  title: '',
  purpose: '',
  activities: '',
  decisionRule: 'consensus',
  decisionBody: '',
  conflictResolution: '',
  dataSharing: '',
  startsOn: '',
  endsOn: '',
  reviewOn: '',
  signedOn: '',
  signedAt: '',
  parties: [],
  projectIds: [],
  commitments: [],
  signatories: [],
});

export const emptyCommitment = (partnerId: string | null, projectId: string | null): CommitmentValues => ({
  key: rowKey(),
  partnerId,
  projectId,
  kind: 'money',
  description: '',
  amount: '',
  quantity: '',
  unit: '',
  people: '',
  days: '',
});

const satangText = (satang: number | null) => (satang === null ? '' : String(satang / 100));

export function versionToValues(v: AgreementVersion): AgreementFormValues {
  return {
    title: v.title,
    purpose: v.purpose ?? '',
    activities: v.activities ?? '',
    decisionRule: v.decisionRule,
    decisionBody: v.decisionBody ?? '',
    conflictResolution: v.conflictResolution ?? '',
    dataSharing: v.dataSharing ?? '',
    startsOn: v.startsOn ?? '',
    endsOn: v.endsOn ?? '',
    reviewOn: v.reviewOn ?? '',
    signedOn: v.signedOn ?? '',
    signedAt: v.signedAt ?? '',
    parties: v.parties.map((p) => ({ partnerId: p.partnerId, role: p.role ?? '', schedule: p.schedule ?? '' })),
    projectIds: v.projects.map((p) => p.projectId),
    commitments: v.commitments.map((c) => ({
      key: rowKey(),
      partnerId: c.partnerId,
      projectId: c.projectId,
      kind: c.kind,
      description: c.description ?? '',
      amount: satangText(c.amountSatang),
      quantity: c.quantity === null ? '' : String(c.quantity),
      unit: c.unit ?? '',
      people: c.people === null ? '' : String(c.people),
      days: c.days === null ? '' : String(c.days),
    })),
    signatories: v.signatories.map((s) => ({
      key: rowKey(),
      role: s.role,
      partnerId: s.partnerId,
      personId: s.personId,
      name: s.name ?? '',
      jobTitle: s.jobTitle ?? '',
    })),
  };
}

const text = (v: string) => (v.trim() === '' ? null : v.trim());
const whole = (v: string) => (/^\d+$/.test(v.trim()) ? Number(v.trim()) : null);
const decimal = (v: string) => (/^\d+(\.\d+)?$/.test(v.trim()) && Number(v) > 0 ? Number(v) : null);

/** The content to send, or the errors by field path ("title", "commitments.2.amount"). */
export function valuesToContent(values: AgreementFormValues): { content: AgreementContent | null; errors: AgreementErrors } {
  const errors: AgreementErrors = {};
  if (!values.title.trim()) errors.title = 'required';
  if (values.decisionRule === 'named_body' && !values.decisionBody.trim()) errors.decisionBody = 'bodyRequired';
  if (values.startsOn && values.endsOn && values.endsOn < values.startsOn) errors.endsOn = 'endBeforeStart';
  const commitments = values.commitments.map((c, i) => {
    const at = (field: string, key: AgreementErrorKey) => {
      errors[`commitments.${i}.${field}`] = key;
    };
    if (!c.partnerId) at('partnerId', 'partnerRequired');
    const amount = c.amount.trim() ? bahtToSatang(c.amount) : null;
    if (c.amount.trim() && amount === null) at('amount', 'amount');
    if (c.kind === 'money' && amount === null && !c.amount.trim()) at('amount', 'required');
    if (c.kind === 'in_kind' && !c.description.trim()) at('description', 'whatRequired');
    const quantity = c.quantity.trim() ? decimal(c.quantity) : null;
    if (c.kind === 'in_kind' && quantity === null) at('quantity', 'quantity');
    const people = whole(c.people);
    const days = whole(c.days);
    if (c.kind === 'people' && (people === null || people < 1)) at('people', 'count');
    if (c.kind === 'people' && (days === null || days < 1)) at('days', 'count');
    return {
      partnerId: c.partnerId ?? '',
      projectId: c.projectId,
      kind: c.kind,
      description: text(c.description),
      amountSatang: amount,
      quantity: c.kind === 'in_kind' ? quantity : null,
      unit: c.kind === 'in_kind' ? text(c.unit) : null,
      people: c.kind === 'people' ? people : null,
      days: c.kind === 'people' ? days : null,
    };
  });
  const signatories = values.signatories.map((s) => ({
    role: s.role,
    partnerId: s.role === 'party' ? s.partnerId : null,
    personId: s.personId,
    name: s.personId ? null : text(s.name),
    jobTitle: text(s.jobTitle),
  }));
  values.signatories.forEach((s, i) => {
    if (s.role === 'party' && !s.partnerId) errors[`signatories.${i}.partnerId`] = 'partnerRequired';
  });
  if (Object.keys(errors).length > 0) return { content: null, errors };
  return {
    errors,
    content: {
      title: values.title.trim(),
      purpose: text(values.purpose),
      activities: text(values.activities),
      decisionRule: values.decisionRule,
      decisionBody: values.decisionRule === 'named_body' ? text(values.decisionBody) : null,
      conflictResolution: text(values.conflictResolution),
      dataSharing: text(values.dataSharing),
      startsOn: values.startsOn || null,
      endsOn: values.endsOn || null,
      reviewOn: values.reviewOn || null,
      signedOn: values.signedOn || null,
      signedAt: text(values.signedAt),
      parties: values.parties.map((p) => ({ partnerId: p.partnerId, role: text(p.role), schedule: text(p.schedule) })),
      projectIds: values.projectIds,
      commitments,
      signatories,
    },
  };
}
