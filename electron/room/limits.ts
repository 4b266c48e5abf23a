/** How much the room takes from one phone, and from all of them together. */
export interface RoomLimits {
  /** Largest request body (a ballot, an idea): bytes. */
  maxBodyBytes: number;
  /** Open sockets in all; well above a hall of 300 phones holding a live connection each. */
  maxConnections: number;
  /** Live-update streams per phone (tabs, reconnects not yet noticed as closed). */
  streamsPerToken: number;
  /** Requests per token: a burst, then so many per second. */
  tokenBurst: number;
  tokenPerSecond: number;
  /** Joins per network address (phones of a hall each have their own). */
  joinBurst: number;
  joinPerSecond: number;
  /** A visible heartbeat on every live stream, so a phone notices a dead connection. */
  heartbeatMs: number;
  /** Snapshots to all phones at most this often when many changes come at once. */
  coalesceMs: number;
}

export const DEFAULT_LIMITS: RoomLimits = {
  maxBodyBytes: 16 * 1024,
  maxConnections: 2000,
  streamsPerToken: 4,
  tokenBurst: 30,
  tokenPerSecond: 3,
  joinBurst: 30,
  joinPerSecond: 2,
  heartbeatMs: 20_000,
  coalesceMs: 100,
};

/** A token bucket per key: `take` says whether one more request may pass now. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): boolean {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    // Full buckets carry no information: forget them so the map does not grow for ever.
    if (this.buckets.size > 10_000) for (const [k, b] of this.buckets) if (b.tokens >= this.burst - 1) this.buckets.delete(k);
    return true;
  }
}
