/**
 * The CLI's core: the same one the app runs, without the app's timers (no rolling backups for a
 * one-shot command), closed when the command ends whatever happens.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { OpName, Output } from '../../shared/contract';
import { type Core, createCore } from '../core/app';
import { AppError } from '../core/errors';
import { defaultDbPath } from '../core/paths';

/** Reading commands refuse a missing file rather than silently creating an empty database. */
export async function withCore<T>(dbOption: string | undefined, mode: 'create' | 'existing', fn: (core: Core) => Promise<T>): Promise<T> {
  const dbPath = path.resolve(dbOption ?? defaultDbPath());
  if (mode === 'existing' && !fs.existsSync(dbPath)) {
    throw new AppError('not_found', 'error.database_missing', `database ${dbPath} does not exist`, { dbPath });
  }
  const core = await createCore({ dbPath, backupOnOpen: false, backupIntervalMs: 0 });
  try {
    return await fn(core);
  } finally {
    core.close();
  }
}

/** Runs one operation; what the user typed goes in as is, since the contract's schema checks it. */
export async function invoke<K extends OpName>(core: Core, op: K, input: unknown): Promise<Output<K>> {
  const result = await core.dispatch(op, input);
  if (!result.ok) throw new AppError(result.error.code, result.error.messageKey, result.error.message, result.error.details);
  return result.value as Output<K>;
}
