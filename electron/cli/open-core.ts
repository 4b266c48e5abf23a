/**
 * The CLI's core: the same one the app runs, without the app's timers (no rolling backups for a
 * one-shot command), closed when the command ends whatever happens. The core (SQLite, every
 * service) is imported here, on first use, so commands without a database never load it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Input, OpName, Output } from '../../shared/contract';
import type { Core } from '../core/app';
import { call } from '../core/dispatch';
import { AppError } from '../core/errors';
import { defaultDbPath } from '../core/paths';

/** Reading commands refuse a missing file rather than silently creating an empty database. */
export async function withCore<T>(dbOption: string | undefined, mode: 'create' | 'existing', fn: (core: Core) => Promise<T>): Promise<T> {
  const dbPath = path.resolve(dbOption ?? defaultDbPath());
  if (mode === 'existing' && !fs.existsSync(dbPath)) {
    throw new AppError('not_found', 'error.database_missing', `database ${dbPath} does not exist`, { dbPath });
  }
  const { createCore } = await import('../core/app');
  const core = await createCore({ dbPath, backupOnOpen: false, backupIntervalMs: 0 });
  try {
    return await fn(core);
  } finally {
    core.close();
  }
}

/**
 * Runs one operation through the core's one door (`call`: the contract's schema checks what the
 * user typed, a refusal comes back as an AppError).
 */
export async function invoke<K extends OpName>(core: Core, op: K, input: unknown): Promise<Output<K>> {
  return call(core.handlers, op, input as Input<K>);
}
