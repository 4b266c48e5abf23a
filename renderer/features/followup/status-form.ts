/** The status-update form's values and checks: baht typed to whole satang, progress 0–100, a reason where needed. */
import type { StatusUpdateDraft } from '../../../shared/contract';
import { bahtToSatang } from '../../../shared/domain/action-plan';
import { type FollowUpStatus, needsReason } from '../../../shared/domain/follow-through-vocabulary';

export interface SpendingValues {
  key: string;
  source: string;
  amount: string;
}

export interface StatusFormValues {
  status: FollowUpStatus;
  reason: string;
  progress: string;
  reportedOn: string;
  reportedBy: string;
  note: string;
  documentRef: string;
  spending: SpendingValues[];
  files: File[];
}

export type StatusErrors = Partial<Record<'reason' | 'progress' | 'reportedOn' | `spending.${number}`, 'reasonRequired' | 'progress' | 'date' | 'amount'>>;

export const emptyStatus = (today: string): StatusFormValues => ({
  status: 'in_progress',
  reason: '',
  progress: '',
  reportedOn: today,
  reportedBy: '',
  note: '',
  documentRef: '',
  spending: [],
  files: [],
});

const text = (v: string) => (v.trim() ? v.trim() : null);

/** Everything but the files (read separately, they are sent as base64). */
export function statusToDraft(values: StatusFormValues, projectId: string, forumId: string): { draft: Omit<StatusUpdateDraft, 'attachments'> | null; errors: StatusErrors } {
  const errors: StatusErrors = {};
  if (needsReason(values.status) && !values.reason.trim()) errors.reason = 'reasonRequired';
  const progress = values.progress.trim() === '' ? null : Number(values.progress);
  if (progress !== null && !(Number.isInteger(progress) && progress >= 0 && progress <= 100)) errors.progress = 'progress';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.reportedOn)) errors.reportedOn = 'date';
  const spending = values.spending
    .filter((s) => s.source.trim() || s.amount.trim())
    .map((s, i) => {
      const amount = bahtToSatang(s.amount);
      if (amount === null || !s.source.trim()) errors[`spending.${i}`] = 'amount';
      return { source: s.source.trim(), amountSatang: amount ?? 0 };
    });
  if (Object.keys(errors).length > 0) return { draft: null, errors };
  return {
    errors,
    draft: {
      projectId,
      forumId,
      status: values.status,
      reason: needsReason(values.status) ? text(values.reason) : text(values.reason),
      progressPercent: progress,
      reportedOn: values.reportedOn,
      reportedBy: text(values.reportedBy),
      note: text(values.note),
      documentRef: text(values.documentRef),
      spending,
    },
  };
}
