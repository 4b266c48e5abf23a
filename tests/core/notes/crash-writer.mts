/**
 * The victim of the crash test: opens the core on the given file and types for ever, the way the
 * note pane does (draft half typed, draft fully typed, Enter stores the note and clears the
 * draft, a second author's draft), printing one line after each call has returned, never before.
 *
 *   node --import tsx crash-writer.mts <db> <forumId> <run>
 */
import { writeSync } from 'node:fs';
import { createCore } from '../../../electron/core/app';
import { type Step, stepInput } from './crash-steps';

const [dbPath, forumId, runText] = process.argv.slice(2);
if (!dbPath || !forumId || !runText) throw new Error('usage: crash-writer.mts <db> <forumId> <run>');
const run = Number(runText);

const core = await createCore({ dbPath, backupOnOpen: false, backupIntervalMs: 0 });
// A synchronous write straight to the pipe: the line exists once this returns; nothing is buffered in this process.
const say = (line: string) => writeSync(1, `${line}\n`);
say('READY');

for (let k = 0; ; k++) {
  const step: Step = stepInput(forumId, run, k);
  const result = await core.dispatch(step.op, step.input);
  if (!result.ok) throw new Error(`${step.op}: ${result.error.message}`);
  const id = step.op === 'notes.create' ? (result.value as { id: string }).id : '-';
  say(`ACK ${step.op === 'notes.create' ? 'note' : 'draft'} ${k} ${id}`);
}
