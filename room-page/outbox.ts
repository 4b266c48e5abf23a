/**
 * What the phone has to send, kept in localStorage until the laptop says it stored it: a
 * ballot or an idea is never lost to a dropped connection, a sleeping phone or a reload, and
 * never counted twice (each carries the random id made when it was filled in, and the laptop
 * answers a resend with the first receipt). One request at a time, in order; a newer ballot for
 * the same poll takes the place of one not yet sent.
 */
import type { BallotRequest, BallotResponse, IdeaRequest, IdeaResponse } from '../shared/room/wire';
import { Refused, request } from './api';

/**
 * `token`: the voter token the phone held when the item was made. It is sent with that token
 * even after the phone joined again as a group's scribe, so a ballot filled in as a device is
 * never stored as the group's (or the other way round).
 */
export type Item = ({ kind: 'ballot'; id: string; pollId: string; body: BallotRequest } | { kind: 'idea'; id: string; body: IdeaRequest }) & { token?: string };

export type Outcome =
  | { kind: 'stored'; item: Item; receipt: string | null }
  | { kind: 'refused'; item: Item; code: string; message: string }
  | { kind: 'waiting'; item: Item };

const KEY = 'wethi-room-outbox';
const BACKOFF_MS = [1000, 2000, 4000, 8000, 15000];

export class Outbox {
  private items: Item[];
  private sending: Item | null = null;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly token: () => string | null,
    private readonly report: (outcome: Outcome) => void,
  ) {
    this.items = read();
  }

  pending(): readonly Item[] {
    return this.items;
  }

  has(pollId: string): boolean {
    return this.items.some((i) => i.kind === 'ballot' && i.pollId === pollId);
  }

  add(item: Item): void {
    // A newer ballot for the same poll replaces one that has not left the phone yet.
    if (item.kind === 'ballot') this.items = this.items.filter((i) => i === this.sending || !(i.kind === 'ballot' && i.pollId === item.pollId));
    this.items.push(item);
    this.save();
    this.kick();
  }

  /** Send now: the network is back, the phone woke up, the live stream reconnected. */
  kick(): void {
    this.attempt = 0;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    void this.pump();
  }

  private async pump(): Promise<void> {
    const item = this.items[0];
    const token = item?.token ?? this.token();
    if (this.sending || !item || !token) return;
    this.sending = item;
    try {
      if (item.kind === 'ballot') {
        const r = await request<BallotResponse>('POST', '/room/ballots', token, item.body);
        this.done(item);
        this.report({ kind: 'stored', item, receipt: r.receipt });
      } else {
        await request<IdeaResponse>('POST', '/room/ideas', token, item.body);
        this.done(item);
        this.report({ kind: 'stored', item, receipt: null });
      }
      this.attempt = 0;
    } catch (error) {
      if (error instanceof Refused && error.code === 'unauthorized' && item.token !== undefined && item.token !== this.token()) {
        // The laptop no longer knows the token it was made with (a restored database): it is
        // still this phone's vote, so it goes with the phone's token now. Its id keeps it single.
        item.token = undefined;
        this.save();
        this.sending = null;
        void this.pump();
        return;
      }
      if (error instanceof Refused && !error.retryable) {
        this.done(item);
        this.report({ kind: 'refused', item, code: error.code, message: error.message });
      } else {
        this.sending = null;
        this.report({ kind: 'waiting', item });
        const delay = BACKOFF_MS[Math.min(this.attempt, BACKOFF_MS.length - 1)] as number;
        this.attempt += 1;
        this.timer = setTimeout(() => {
          this.timer = null;
          void this.pump();
        }, delay);
        return;
      }
    }
    this.sending = null;
    void this.pump();
  }

  private done(item: Item): void {
    this.items = this.items.filter((i) => i !== item);
    this.save();
  }

  private save(): void {
    try {
      localStorage.setItem(KEY, JSON.stringify(this.items));
    } catch {
      // Private browsing with no storage: the outbox still works until the page is closed.
    }
  }
}

function read(): Item[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as Item[]) : [];
  } catch {
    return [];
  }
}
