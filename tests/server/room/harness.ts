/** A core with the real room server on loopback, and the local host beside it. */
import type { RoomLimits } from '../../../electron/room/limits';
import { roomServer } from '../../../electron/room/server';
import { openCore, steppingClock } from '../../support/core';
import { forumDraft } from '../../support/factories';
import { openHost } from '../../support/host';
import { type RoomAddress, roomRequest } from '../../support/room-client';

export async function openServedRoom(limits: Partial<RoomLimits> = {}) {
  const t = await openCore({ now: steppingClock(), roomServer: roomServer({ limits }) });
  const forum = await t.call('forums.create', forumDraft());
  const status = await t.call('room.open', { forumId: forum.id, host: '127.0.0.1', port: 0 });
  const room = status.room as NonNullable<typeof status.room>;
  const address: RoomAddress = { host: room.host, port: room.port };
  const join = async (code = room.code) => {
    const reply = await roomRequest(address, { path: '/room/join', body: { code } });
    return reply.json<{ voterToken: string }>().voterToken;
  };
  const host = await openHost(t.core);
  return { ...t, forum, room, address, join, host };
}
