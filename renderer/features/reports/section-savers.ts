/**
 * The section editors of one minutes screen, known to the screen as a whole: Ctrl+S and an
 * export send what every editor still holds, and one line says whether all of it is on disk.
 */
import type { SyncState } from '../../ui/draft-sync';

export interface SaverHandle {
  /** Sends what is waiting and resolves once it (and any save before it) has settled. */
  flush(): Promise<void>;
}

export interface SaveSnapshot {
  /** The least reassuring state of any editor: failed, then saving, then saved. */
  state: SyncState;
  /** When the last save of any editor went through. */
  savedAt: Date | null;
}

const RANK: Record<SyncState, number> = { idle: 0, saved: 1, dirty: 2, saving: 2, failed: 3 };

export class SectionSavers {
  private readonly handles = new Map<string, SaverHandle>();
  private readonly states = new Map<string, SyncState>();
  private readonly listeners = new Set<() => void>();
  private snapshot: SaveSnapshot = { state: 'idle', savedAt: null };

  register(key: string, handle: SaverHandle): () => void {
    this.handles.set(key, handle);
    return () => {
      if (this.handles.get(key) === handle) this.handles.delete(key);
      this.states.delete(key);
      this.publish(this.snapshot.savedAt);
    };
  }

  report(key: string, state: SyncState, savedAt: Date | null): void {
    this.states.set(key, state);
    const latest = savedAt && (!this.snapshot.savedAt || savedAt > this.snapshot.savedAt) ? savedAt : this.snapshot.savedAt;
    this.publish(latest);
  }

  async flushAll(): Promise<void> {
    await Promise.all([...this.handles.values()].map((h) => h.flush()));
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SaveSnapshot => this.snapshot;

  private publish(savedAt: Date | null): void {
    let state: SyncState = 'idle';
    for (const s of this.states.values()) if (RANK[s] > RANK[state]) state = s === 'dirty' ? 'saving' : s;
    if (state === 'idle' && savedAt) state = 'saved';
    if (state === this.snapshot.state && savedAt === this.snapshot.savedAt) return;
    this.snapshot = { state, savedAt };
    for (const listener of this.listeners) listener();
  }
}
