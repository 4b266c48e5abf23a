/**
 * What the crash writer types, step by step, and what the database must hold after any step:
 * both sides of the crash test compute it from the same function, so the check is exact.
 */
export const FIRST_AUTHOR = 'ผู้จด';
export const SECOND_AUTHOR = 'ผู้ช่วย';

// Per note: half of it typed, all of it typed, Enter; then the other author's draft moves on.
const STAGES = 4;

const half = (run: number, i: number) => `ข้อคิดเห็น ${run}-${i} ชาว`;
const full = (run: number, i: number) => `${half(run, i)}บ้านขอให้ซ่อมถนนในหมู่บ้าน`;
const other = (run: number, i: number) => `ผู้ช่วยพิมพ์ ${run}-${i}`;

export interface Step {
  op: 'notes.saveDraft' | 'notes.create';
  input: Record<string, unknown>;
}

export function stepInput(forumId: string, run: number, k: number): Step {
  const i = Math.floor(k / STAGES);
  switch (k % STAGES) {
    case 0:
      return { op: 'notes.saveDraft', input: { forumId, author: FIRST_AUTHOR, text: half(run, i) } };
    case 1:
      return { op: 'notes.saveDraft', input: { forumId, author: FIRST_AUTHOR, text: full(run, i) } };
    case 2:
      return { op: 'notes.create', input: { forumId, author: FIRST_AUTHOR, text: full(run, i) } };
    default:
      return { op: 'notes.saveDraft', input: { forumId, author: SECOND_AUTHOR, text: other(run, i) } };
  }
}

/** What a run leaves behind: the two drafts and the texts of this run's notes, in order. */
export interface RunState {
  firstDraft: string | null;
  secondDraft: string | null;
  notes: string[];
}

/** The state once steps 0..k of `run` have committed (k = -1: none yet, the state the run began with). */
export function stateAfter(run: number, k: number, before: RunState): RunState {
  if (k < 0) return before;
  const i = Math.floor(k / STAGES);
  const stage = k % STAGES;
  const notes = Array.from({ length: stage >= 2 ? i + 1 : i }, (_, j) => full(run, j));
  const firstDraft = stage === 0 ? half(run, i) : stage === 1 ? full(run, i) : null;
  const lastOther = stage === 3 ? i : i - 1;
  return { firstDraft, secondDraft: lastOther >= 0 ? other(run, lastOther) : before.secondDraft, notes };
}

/** This run's notes are told apart from earlier runs' by their prefix. */
export const runNotePrefix = (run: number) => `ข้อคิดเห็น ${run}-`;
