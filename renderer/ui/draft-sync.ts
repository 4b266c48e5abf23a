/**
 * Keeps the saved draft at most about a second behind the typing, under the contract's rules
 * for `notes.saveDraft`: one save at a time, and a save still waiting when Enter stores the
 * note is dropped (sent after `notes.create`, it would bring the stored text back as a draft).
 *
 * Everything that touches the draft runs through one chain, saves and the note's commit alike,
 * so no request can overtake another on the way to the host (two HTTP requests in flight on two
 * connections may arrive in either order).
 */

export type SyncState = 'idle' | 'dirty' | 'saving' | 'saved' | 'failed';

export interface DraftSyncOptions<V> {
  save: (values: V) => Promise<unknown>;
  /** Called whenever the state changes, with the time of the last successful save. */
  onState: (state: SyncState, savedAt: Date | null) => void;
  /** How long typing may run ahead of the saved draft before a save goes out. */
  delayMs?: number;
  /** After a failed save, the latest text is tried again this much later. */
  retryMs?: number;
}

export class DraftSync<V> {
  private chain: Promise<unknown> = Promise.resolve();
  private pending: V | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private busy = 0;
  private savedAt: Date | null = null;
  private paused = true;
  private disposed = false;

  constructor(private readonly options: DraftSyncOptions<V>) {}

  /** Saving starts once the saved draft has been read back: a save before would overwrite it. */
  start(): void {
    this.paused = false;
    if (this.pending !== null) this.arm(this.options.delayMs ?? 300);
  }

  /** What is in the box now. The timer is not pushed back by further typing, so fast typing still saves. */
  update(values: V): void {
    if (this.disposed) return;
    this.pending = values;
    this.options.onState('dirty', this.savedAt);
    if (!this.paused) this.arm(this.options.delayMs ?? 300);
  }

  /**
   * Runs `commit` (storing the note) after the save in flight, if any, and instead of the one
   * waiting. Typing that goes on meanwhile is saved after the commit, so it lands on the draft
   * the commit cleared.
   */
  commit<T>(commit: () => Promise<T>): Promise<T> {
    this.pending = null;
    this.disarm();
    return this.enqueue(commit);
  }

  /** Sends what is waiting now (the window is about to go away). */
  flush(): void {
    this.disarm();
    this.send();
  }

  dispose(): void {
    this.disposed = true;
    this.disarm();
  }

  private arm(delay: number): void {
    if (this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.send();
    }, delay);
  }

  private disarm(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private send(): void {
    if (this.pending === null || this.paused) return;
    // The values are taken when the save's turn comes, not now: by then they may be newer.
    void this.enqueue(async () => {
      const values = this.pending;
      if (values === null) return;
      this.pending = null;
      this.options.onState('saving', this.savedAt);
      try {
        await this.options.save(values);
        this.savedAt = new Date();
      } catch (error) {
        // Nothing typed may be lost: keep the newest text (unless more was typed since) and retry.
        this.pending ??= values;
        if (!this.disposed) this.arm(this.options.retryMs ?? 2000);
        throw error;
      }
    }).catch(() => this.options.onState('failed', this.savedAt));
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    // Nothing ahead: start now, in this very event. (Waiting for a microtask would let React
    // render the screen first, and the request would leave that much later.)
    const idle = this.busy === 0;
    this.busy += 1;
    const run = idle ? this.startNow(task) : this.chain.then(task);
    this.chain = run.catch(() => undefined);
    const done = () => {
      this.busy -= 1;
      if (this.busy === 0 && !this.disposed) this.settle();
    };
    run.then(done, done);
    return run;
  }

  private startNow<T>(task: () => Promise<T>): Promise<T> {
    try {
      return task();
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** Once the chain is empty, say where things stand and save what was typed meanwhile. */
  private settle(): void {
    if (this.pending !== null) {
      this.options.onState('dirty', this.savedAt);
      this.arm(0);
    } else if (this.savedAt) this.options.onState('saved', this.savedAt);
    else this.options.onState('idle', null);
  }
}
