/** What the polls tab shows from the priorities feature; app/ForumPage hands them in (see ui/slots.ts). */
import type { ComponentType } from 'react';
import type { Poll, PollResults } from '../../api/queries/polls';
import type { ForumSlot } from '../../ui/slots';

export interface PollsSlots {
  /** The forum's priority list, under the polls. */
  PriorityList: ForumSlot;
  /** Under a poll's result: adopting its ranking as the priority list. */
  AdoptResult: ComponentType<{ poll: Poll; results: PollResults }>;
}
