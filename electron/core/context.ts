/**
 * What every service gets: the open database, cached statements, a clock, new ids, and a
 * `write` that runs a transaction and emits its change events only after it commits.
 */
import type { Statement } from 'better-sqlite3';
import { randomFillSync } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { ChangeEvent, OpName } from '../../shared/contract';
import type { RoomWrite } from '../../shared/room/wire';
import type { ChangeBus } from './events';
import { type Db, writeTransaction } from './store/database';

/** What the audit trail names a write by: a contract operation, or a phone's request to the room server. */
export type WriteOp = OpName | RoomWrite;

export interface Context {
  readonly db: Db;
  sql(source: string): Statement;
  write<T>(op: WriteOp, fn: (changed: (event: ChangeEvent) => void) => T): T;
  now(): string;
  newId(): string;
}

export interface ContextOptions {
  events: ChangeBus;
  /** Tests pass a fixed clock. */
  now?: () => Date;
  onCommit?: () => void;
}

export class DbContext implements Context {
  private current: Db;
  private statements = new Map<string, Statement>();
  // One transaction wrapper per connection, reused: building it per write costs more than the insert.
  private runInTransaction: (fn: () => unknown) => unknown;
  // Random bytes for ids drawn in blocks: one getRandomValues call per id is measurable per write.
  private readonly randomPool = Buffer.alloc(16 * 256);
  private randomOffset = this.randomPool.length;

  constructor(
    db: Db,
    private readonly options: ContextOptions,
  ) {
    this.current = db;
    this.runInTransaction = writeTransaction(db, (fn: () => unknown) => fn());
  }

  get db(): Db {
    return this.current;
  }

  /** After a restore the file behind the connection changes; statements belong to the old one. */
  replaceDb(db: Db): void {
    this.current = db;
    this.statements = new Map();
    this.runInTransaction = writeTransaction(db, (fn: () => unknown) => fn());
  }

  sql(source: string): Statement {
    let statement = this.statements.get(source);
    if (!statement) {
      statement = this.current.prepare(source);
      this.statements.set(source, statement);
    }
    return statement;
  }

  write<T>(op: WriteOp, fn: (changed: (event: ChangeEvent) => void) => T): T {
    const pending: ChangeEvent[] = [];
    const result = this.runInTransaction(() => {
      const value = fn((event) => pending.push(event));
      // The audit trail commits with the change it describes, or not at all.
      const at = this.now();
      for (const event of pending) {
        this.sql('INSERT INTO audit (id, at, op, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)').run(
          this.newId(),
          at,
          op,
          event.entity,
          event.id,
          event.forumId,
        );
      }
      return value;
    }) as T;
    // Only now is it on disk (synchronous=FULL): tell the windows.
    this.options.onCommit?.();
    for (const event of pending) this.options.events.emit(event);
    return result;
  }

  now(): string {
    return (this.options.now?.() ?? new Date()).toISOString();
  }

  newId(): string {
    if (this.randomOffset === this.randomPool.length) {
      randomFillSync(this.randomPool);
      this.randomOffset = 0;
    }
    const random = this.randomPool.subarray(this.randomOffset, this.randomOffset + 16);
    this.randomOffset += 16;
    return uuidv7({ random });
  }
}
