/** What the room's projector screen shows from the polls feature; app/ProjectorPage hands it in (see ui/slots.ts). */
import type { ComponentType } from 'react';

export interface ProjectorRoomSlots {
  /** A revealed poll's outcome, under the QR code. */
  PollResults: ComponentType<{ forumId: string; pollId: string }>;
}
