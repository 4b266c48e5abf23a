/**
 * What the core needs from whoever serves the room on the network (electron/room): start a
 * listener for a live room on an address and port, and stop it. The core never opens sockets
 * itself; the app, the web host and the CLI hand it this at start-up (`CoreOptions.roomServer`).
 */
import type { ChangeBus } from '../events';
import type { RoomGate } from './gate';

export interface RoomListener {
  host: string;
  port: number;
  close(): Promise<void>;
}

export interface RoomServer {
  listen(options: { host: string; port: number; gate: RoomGate; events: ChangeBus }): Promise<RoomListener>;
}
