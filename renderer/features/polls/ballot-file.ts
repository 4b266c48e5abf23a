/**
 * A ballot file for the import screen: its text decoded (UTF-8, else the Windows-874 that Thai
 * Excel saves), read against the poll's options with the shared reader, turned into the
 * contract's ballots; and the host's refusal of a batch mapped back to the file's lines.
 */
import { type BallotFileKind, type BallotFileResult, type ImportedBallot, readBallotFile } from '../../../shared/ballot-import';
import type { BallotEntry } from '../../../shared/contract';
import { ApiCallError } from '../../../shared/api-client';
import type { BallotKind } from './ballot-text';
import type { Poll } from '../../api/queries/polls';

export function decodeBallotFile(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-874').decode(bytes);
  }
}

const FILE_KIND: Record<BallotKind, BallotFileKind> = { ranked: 'ranking', single: 'ranking', approval: 'approved', dots: 'dots' };

export function readPollBallots(text: string, fileName: string, poll: Poll, kind: BallotKind, max: number | undefined): BallotFileResult {
  const labels = [...poll.options].sort((a, b) => a.position - b.position).map((o) => o.label);
  return readBallotFile(text, { labels, kind: FILE_KIND[kind], max: kind === 'single' ? 1 : max }, fileName);
}

export function toBallotEntries(ballots: readonly ImportedBallot[], poll: Poll, kind: BallotKind): BallotEntry[] {
  const ids = [...poll.options].sort((a, b) => a.position - b.position).map((o) => o.id);
  const id = (i: number) => ids[i] ?? '';
  return ballots.map((b) => {
    if (kind === 'approval') return { approved: b.options.map(id), count: b.count };
    if (kind === 'dots') {
      const dots: Record<string, number> = {};
      for (const i of b.options) dots[id(i)] = (dots[id(i)] ?? 0) + 1;
      return { dots, count: b.count };
    }
    return { ranking: b.options.map(id), count: b.count };
  });
}

export interface RefusedLine {
  line: number | null;
  message: string;
}

/** The host's problems with a batch, each at the file line of the ballot it names. */
export function refusedLines(error: unknown, ballots: readonly ImportedBallot[]): RefusedLine[] {
  if (!(error instanceof ApiCallError)) return [];
  const details = error.error.details;
  const list = Array.isArray(details) ? details : details && typeof details === 'object' ? [details] : [];
  const lines = list.map((d: { ballot?: number; message?: string }) => ({
    line: typeof d.ballot === 'number' ? (ballots[d.ballot]?.line ?? null) : null,
    message: d.message ?? error.error.message,
  }));
  return lines.length > 0 ? lines : [{ line: null, message: error.error.message }];
}
