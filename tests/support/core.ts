/**
 * A real core on a real SQLite file in a temp folder, closed and removed when the test ends.
 * Tests call through `dispatch`, the same door every front end uses.
 */
import path from 'node:path';
import { onTestFinished } from 'vitest';
import type { ChangeEvent, Input, OpName, Output } from '../../shared/contract';
import { type Core, type CoreOptions, createCore } from '../../electron/core/app';
import { call } from '../../electron/core/dispatch';
import { type InProcessRoom, inProcessRoom } from './room';
import { readDb, tempDir } from './temp';

export interface TestCore {
  core: Core;
  dir: string;
  dbPath: string;
  /** The value, or a thrown AppError carrying the result's error code. */
  call<K extends OpName>(op: K, input: Input<K>): Promise<Output<K>>;
  /** Every change event emitted since the core was opened. */
  events: ChangeEvent[];
  /** A second, read-only connection: what another process would see on disk. */
  peek<T = Record<string, unknown>>(sql: string, ...params: unknown[]): T[];
  /** The room's phones' door without sockets (tests/support/room.ts): `room.gate()` once `room.open` is called. */
  room: InProcessRoom;
}

/** A clock that moves one second per reading, so orderings by time are deterministic. */
export function steppingClock(start = '2026-11-23T02:00:00.000Z', stepMs = 1000): () => Date {
  let t = Date.parse(start) - stepMs;
  return () => {
    t += stepMs;
    return new Date(t);
  };
}

/** A clock that stands still until the test moves it. */
export function manualClock(start = '2026-11-23T02:00:00.000Z'): (() => Date) & { set(iso: string): void } {
  let t = new Date(start);
  const set = (iso: string) => {
    t = new Date(iso);
  };
  return Object.assign(() => new Date(t), { set });
}

export async function openCore(options: Partial<CoreOptions> & { dir?: string } = {}): Promise<TestCore> {
  const dir = options.dir ?? tempDir();
  const dbPath = options.dbPath ?? path.join(dir, 'wethi.db');
  const room = inProcessRoom();
  const core = await createCore({ backupOnOpen: false, backupIntervalMs: 0, roomServer: room, ...options, dbPath });
  let closed = false;
  const originalClose = core.close.bind(core);
  core.close = () => {
    if (closed) return;
    closed = true;
    originalClose();
  };
  // Registered after tempDir's cleanup, so it runs first: close before the folder goes.
  onTestFinished(() => core.close());
  const events: ChangeEvent[] = [];
  core.events.subscribe((e) => events.push(e));
  return {
    core,
    dir,
    dbPath,
    events,
    room,
    call: (op, input) => call(core.handlers, op, input),
    peek: (sql, ...params) => readDb(dbPath, sql, ...params),
  };
}
