/**
 * `wethi poll import-ballots`: a file of paper ballots into an open poll, read with the same
 * shared reader as the app's import screen and stored as one `polls.addBallots` batch. All or
 * nothing: a problem anywhere refuses the whole file and nothing is written.
 */
import path from 'node:path';
import { type BallotFileSpec, type ImportedBallot, problemText, readBallotFile } from '../../../shared/ballot-import';
import type { BallotEntry, Poll } from '../../../shared/contract';
import { AppError } from '../../core/errors';
import { decodeText } from '../../core/imports/decode';
import { EXIT } from '../args';
import { DB_OPTION, defineCommand } from '../command';
import { MAX_BYTES, readUserFile } from '../files';
import { type Io, printJson } from '../io';
import { invoke, withCore } from '../open-core';

/** One refused line of the file (null: the file or the batch as a whole). */
export interface RefusedLine {
  line: number | null;
  code: string;
  message: string;
}

/** What the poll's ballots hold; methods without paper ballots to list are refused. */
function specOf(poll: Poll): BallotFileSpec {
  const labels = [...poll.options].sort((a, b) => a.position - b.position).map((o) => o.label);
  switch (poll.method) {
    case 'borda':
    case 'irv':
    case 'schulze':
      return { labels, kind: 'ranking' };
    case 'plurality':
      return { labels, kind: 'ranking', max: 1 };
    case 'approval':
      return poll.rules.mode === 'dots'
        ? { labels, kind: 'dots', max: poll.rules.dotsPerParticipant }
        : { labels, kind: 'approved', max: poll.rules.maxApprovals };
    default:
      throw new AppError('conflict', 'poll.import_method', `a ${poll.method} poll takes no ballot file (ranked, plurality, approval and dot-voting polls do)`, {
        pollId: poll.id,
        method: poll.method,
      });
  }
}

function toEntries(ballots: readonly ImportedBallot[], poll: Poll, spec: BallotFileSpec): BallotEntry[] {
  const ids = [...poll.options].sort((a, b) => a.position - b.position).map((o) => o.id);
  const id = (i: number) => ids[i] ?? '';
  return ballots.map((b) => {
    if (spec.kind === 'approved') return { approved: b.options.map(id), count: b.count };
    if (spec.kind === 'dots') {
      const dots: Record<string, number> = {};
      for (const i of b.options) dots[id(i)] = (dots[id(i)] ?? 0) + 1;
      return { dots, count: b.count };
    }
    return { ranking: b.options.map(id), count: b.count };
  });
}

/** The host's refusal of the batch, each problem at the file line of the ballot it names; null if it names none. */
function hostRefusal(error: unknown, ballots: readonly ImportedBallot[]): RefusedLine[] | null {
  if (!(error instanceof AppError)) return null;
  const details = error.details;
  const list = (Array.isArray(details) ? details : details && typeof details === 'object' ? [details] : []) as { ballot?: unknown; message?: unknown }[];
  if (!list.some((d) => typeof d.ballot === 'number')) return null;
  return list.map((d) => ({
    line: typeof d.ballot === 'number' ? (ballots[d.ballot]?.line ?? null) : null,
    code: error.messageKey,
    message: typeof d.message === 'string' ? d.message : error.message,
  }));
}

function refuse(io: Io, errors: RefusedLine[]): number {
  for (const e of errors) io.err(`wethi: ${e.line === null ? '' : `line ${e.line}: `}${e.message}\n`);
  io.err(`wethi: the file was refused, no ballot was stored [ballots_invalid]\n`);
  printJson(io, { errors });
  return EXIT.failed;
}

export const importBallots = defineCommand({
  usage: '--db FILE --poll ID BALLOTS.csv|BALLOTS.json',
  description: [
    'Reads the file as the app\'s "Import ballots from a file" does (docs/polls.md: CSV one',
    'paper ballot per line, options by ballot number or label, optional count column; or the',
    'JSON of docs/tally-input.md) and stores it as one polls.addBallots batch. Ranked,',
    'plurality, approval and dot-voting polls; the poll must be open.',
    'Prints { "pollId", "ballots": lines stored, "added": paper ballots counted }.',
    'All or nothing: if any line is refused, nothing is stored, each refused line is printed on',
    'stderr with its line number, { "errors": [{ "line", "code", "message" }] } on stdout, exit 1.',
    'The file may be UTF-8 (with or without BOM), UTF-16 or Windows-874 (Thai Excel).',
  ],
  args: {
    options: { ...DB_OPTION, poll: { type: 'string', value: 'ID', help: 'the poll (open)', required: true } },
    positionals: { name: 'BALLOTS', min: 1, max: 1, message: 'give exactly one ballot file (CSV or JSON)' },
  },
  async run({ values, positionals }, io) {
    const file = path.resolve(positionals[0] ?? '');
    const { text } = decodeText(readUserFile(file, 'the ballot file', MAX_BYTES.ballots));

    return withCore(values.db, 'existing', async (core) => {
      const poll = await invoke(core, 'polls.get', { id: values.poll });
      const spec = specOf(poll);
      const read = readBallotFile(text, spec, path.basename(file));
      if (!read.ok) {
        return refuse(
          io,
          read.problems.map((p) => ({ line: p.line, code: p.code, message: problemText({ ...p, line: null }) })),
        );
      }
      try {
        const { ballots } = await invoke(core, 'polls.addBallots', { pollId: values.poll, ballots: toEntries(read.ballots, poll, spec) });
        printJson(io, { pollId: values.poll, ballots: ballots.length, added: read.total });
        return EXIT.ok;
      } catch (error) {
        const errors = hostRefusal(error, read.ballots);
        if (!errors) throw error;
        return refuse(io, errors);
      }
    });
  },
});
