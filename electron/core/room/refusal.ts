/**
 * What the room says no with: a code of the room's interface (shared/room/wire.ts) and the HTTP
 * status the room server answers with. Core checks that the facilitator's operations share
 * (a poll not open, an unknown option) are AppErrors and are mapped by the server.
 */
import type { RoomErrorCode } from '../../../shared/room/wire';

export const STATUS_OF: Record<RoomErrorCode, number> = {
  validation: 400,
  unauthorized: 401,
  code_expired: 410,
  room_closed: 503,
  not_found: 404,
  not_open: 409,
  not_allowed: 403,
  needs_identity: 403,
  already_voted: 409,
  identity_taken: 409,
  wrong_code: 403,
  too_many_attempts: 429,
  rate_limited: 429,
  too_large: 413,
  wrong_host: 421,
  forbidden_origin: 403,
  too_many_connections: 503,
  internal: 500,
};

export class RoomRefusal extends Error {
  override name = 'RoomRefusal';
  constructor(
    readonly code: RoomErrorCode,
    message: string,
  ) {
    super(message);
  }

  get status(): number {
    return STATUS_OF[this.code];
  }
}
