/**
 * Live updates to phones: one server-sent-events stream per open phone page. Every message is a
 * full versioned snapshot of what that phone sees, so a reconnect is just a resync and a lost
 * message costs nothing. Snapshots go out when something changes for the phone: polls opened,
 * closed or edited (everyone, coalesced when many changes come at once), or the phone's own
 * ballot or identity (that phone only). A visible heartbeat lets a phone notice a dead line.
 */
import type http from 'node:http';
import type { GateChange, RoomGate } from '../core/room/gate';
import type { Voter } from '../core/room/voters';

interface Stream {
  res: http.ServerResponse;
  voter: Voter;
  last: string;
}

export class StreamHub {
  private readonly streams = new Set<Stream>();
  private version = 1;
  private allTimer: NodeJS.Timeout | null = null;
  private readonly voterTimers = new Map<string, NodeJS.Timeout>();
  private readonly heartbeat: NodeJS.Timeout;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly gate: RoomGate,
    private readonly options: { heartbeatMs: number; coalesceMs: number },
  ) {
    this.unsubscribe = gate.onChange((change) => this.changed(change));
    this.heartbeat = setInterval(() => this.beat(), options.heartbeatMs);
    this.heartbeat.unref();
  }

  /** What `/room/state` answers and every snapshot carries. */
  snapshot(voter: Voter): string {
    return JSON.stringify({ version: this.version, ...this.gate.state(voter) });
  }

  get size(): number {
    return this.streams.size;
  }

  countFor(voterId: string): number {
    let n = 0;
    for (const s of this.streams) if (s.voter.id === voterId) n += 1;
    return n;
  }

  add(req: http.IncomingMessage, res: http.ServerResponse, voter: Voter): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      // Proxies and some phone browsers hold back small chunks without this.
      'x-accel-buffering': 'no',
    });
    res.socket?.setNoDelay(true);
    const stream: Stream = { res, voter, last: '' };
    this.streams.add(stream);
    // The client waits 3 s before reconnecting after a drop.
    res.write('retry: 3000\n\n');
    this.send(stream, true);
    req.on('close', () => this.streams.delete(stream));
  }

  private changed(change: GateChange): void {
    this.version += 1;
    if (!this.gate.isOpen()) {
      this.closeAll();
      return;
    }
    if (change.kind === 'voter') {
      if (change.voterId === '' || this.voterTimers.has(change.voterId)) return;
      const voterId = change.voterId;
      this.voterTimers.set(
        voterId,
        setTimeout(() => {
          this.voterTimers.delete(voterId);
          for (const s of this.streams) if (s.voter.id === voterId) this.send(s, false, true);
        }, 0),
      );
      return;
    }
    this.allTimer ??= setTimeout(() => {
      this.allTimer = null;
      for (const s of this.streams) this.send(s, false, true);
    }, this.options.coalesceMs);
  }

  /** Sends the phone's snapshot when it differs from the last one it got (or always, on connect). */
  private send(stream: Stream, always: boolean, refresh = false): void {
    try {
      if (refresh) stream.voter = this.gate.refresh(stream.voter) ?? stream.voter;
      const state = this.gate.state(stream.voter);
      const body = JSON.stringify(state);
      if (!always && body === stream.last) return;
      stream.last = body;
      stream.res.write(`event: state\ndata: ${JSON.stringify({ version: this.version, ...state })}\n\n`);
    } catch {
      // The core is closing or the phone has gone: the stream ends with the room.
    }
  }

  private beat(): void {
    const line = `event: heartbeat\ndata: {"version":${this.version}}\n\n`;
    for (const s of this.streams) s.res.write(line);
  }

  closeAll(): void {
    for (const s of this.streams) {
      s.res.write('event: closed\ndata: {}\n\n');
      s.res.end();
    }
    this.streams.clear();
  }

  dispose(): void {
    clearInterval(this.heartbeat);
    if (this.allTimer) clearTimeout(this.allTimer);
    for (const t of this.voterTimers.values()) clearTimeout(t);
    this.unsubscribe();
    this.closeAll();
  }
}
