/** The state checks every poll operation shares: what may happen in which status. */
import type { PollStatus } from '../../../shared/contract';
import { AppError } from '../errors';
import type { PollRow } from './store';

const DOING: Record<PollStatus, string> = {
  draft: 'can only be changed while it is a draft',
  open: 'takes votes only while it is open',
  closed: 'must be closed first',
};

/** Refuses with `conflict` unless the poll is in one of `allowed`; the message says what is needed. */
export function requireStatus(row: PollRow, allowed: PollStatus | readonly PollStatus[], what: PollStatus = Array.isArray(allowed) ? (allowed[0] as PollStatus) : (allowed as PollStatus)): void {
  const list: readonly PollStatus[] = typeof allowed === 'string' ? [allowed] : allowed;
  if (list.includes(row.status)) return;
  throw new AppError('conflict', `poll.not_${what}`, `poll "${row.title}" is ${row.status}: it ${DOING[what]}`, {
    pollId: row.id,
    status: row.status,
  });
}

export interface Problem {
  ballot?: number | null;
  path: string;
  message: string;
  /** The tally's code and values for the problem (TallyError), so the UI can word it in Thai. */
  code?: string;
  params?: Record<string, string | number>;
}

/** A refusal of what was entered, with where it is (`path`) for the form or the CLI. */
export function refused(messageKey: string, message: string, problems: Problem[]): AppError {
  return new AppError(
    'validation',
    messageKey,
    message,
    problems.map((p) => ({
      ...(p.ballot === undefined ? {} : { ballot: p.ballot }),
      path: [p.path],
      message: p.message,
      ...(p.code ? { code: p.code, params: p.params ?? {} } : {}),
    })),
  );
}
