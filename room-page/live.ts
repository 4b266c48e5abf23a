/**
 * The live line to the laptop: server-sent events carrying full versioned snapshots. Phones
 * drop background connections without telling (iOS Safari, sleeping Android), so the page
 * reconnects on its own: when it comes back into view (visibilitychange), is restored from the
 * back-forward cache (pageshow), the network returns (online), or no message (snapshot or
 * heartbeat) has come for too long.
 */
import type { RoomState } from '../shared/room/wire';
import { Refused, Unreachable, request } from './api';

const SILENCE_MS = 50_000;

export interface LiveEvents {
  state(state: RoomState): void;
  connected(online: boolean): void;
  closed(): void;
  unauthorized(): void;
}

export class Live {
  private source: EventSource | null = null;
  private lastMessage = Date.now();
  private version = 0;
  private readonly watchdog: ReturnType<typeof setInterval>;

  constructor(
    private readonly token: string,
    private readonly on: LiveEvents,
  ) {
    this.watchdog = setInterval(() => {
      if (Date.now() - this.lastMessage > SILENCE_MS) this.restart();
    }, 5000);
  }

  /** A snapshot is applied only if it is newer than the one shown. */
  apply(state: RoomState): void {
    if (state.version < this.version) return;
    this.version = state.version;
    this.on.state(state);
  }

  start(): void {
    this.lastMessage = Date.now();
    const source = new EventSource(`/room/events?token=${encodeURIComponent(this.token)}`);
    this.source = source;
    source.addEventListener('open', () => this.on.connected(true));
    source.addEventListener('state', (e) => {
      this.lastMessage = Date.now();
      this.on.connected(true);
      this.apply(JSON.parse((e as MessageEvent<string>).data) as RoomState);
    });
    source.addEventListener('heartbeat', () => {
      this.lastMessage = Date.now();
      this.on.connected(true);
    });
    source.addEventListener('closed', () => {
      this.stop();
      this.on.closed();
    });
    source.addEventListener('error', () => {
      this.on.connected(false);
      // The browser retries by itself; a 401 closes the stream for good, so ask once what is wrong.
      if (source.readyState === EventSource.CLOSED) void this.resync();
    });
  }

  stop(): void {
    this.source?.close();
    this.source = null;
  }

  restart(): void {
    this.stop();
    this.start();
    void this.resync();
  }

  /** The state now, by a plain request (also what tells a revoked token or a closed room). */
  async resync(): Promise<void> {
    try {
      this.apply(await request<RoomState>('GET', '/room/state', this.token));
      this.on.connected(true);
    } catch (error) {
      if (error instanceof Refused && error.code === 'unauthorized') this.on.unauthorized();
      else if (error instanceof Refused && error.code === 'room_closed') this.on.closed();
      else if (error instanceof Unreachable) this.on.connected(false);
    }
  }

  dispose(): void {
    clearInterval(this.watchdog);
    this.stop();
  }
}
