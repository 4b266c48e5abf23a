/**
 * The room without sockets, for core tests: a RoomServer that hands the live room's gate to the
 * test instead of listening on the network. The gate is the real core (same transactions, same
 * store); only the HTTP layer (electron/room, tested in tests/server/room) is left out.
 */
import { randomBytes } from 'node:crypto';
import type { RoomGate } from '../../electron/core/room/gate';
import type { RoomServer } from '../../electron/core/room/network';

export interface InProcessRoom extends RoomServer {
  /** The live room's gate; throws when no room is open. */
  gate(): RoomGate;
}

export function inProcessRoom(): InProcessRoom {
  let current: RoomGate | null = null;
  return {
    async listen({ host, port, gate }) {
      current = gate;
      return {
        host,
        port: port === 0 ? 40_000 + Math.floor(Math.random() * 20_000) : port,
        close: async () => {
          if (current === gate) current = null;
        },
      };
    },
    gate() {
      if (!current) throw new Error('no room is open');
      return current;
    },
  };
}

/** A client-made id as a phone makes it: 128 random bits, 32 hex digits. */
export const clientId = () => randomBytes(16).toString('hex');
