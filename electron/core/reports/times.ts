/**
 * เริ่มประชุมเวลา / เลิกประชุมเวลา: the forum's own clock times when the organiser gave them,
 * else the first start and the last end of its agenda items' clocks.
 */
import type { AgendaItem, Forum } from '../../../shared/contract';
import { formatTime } from '../../../shared/domain/buddhist-date';

/**
 * The agenda clock stores instants (UTC); the minutes print the wall-clock time in the hall.
 * Forums are held in Thailand, which has one zone and no daylight saving, so the time is read
 * in Asia/Bangkok rather than the laptop's zone (which may be UTC or left at a vendor default),
 * the same zone-free local time the forum's own startTime/endTime are entered in.
 */
export const FORUM_TIME_ZONE = 'Asia/Bangkok';

export function minutesTimes(
  forum: Pick<Forum, 'startTime' | 'endTime'>,
  items: readonly Pick<AgendaItem, 'startedAt' | 'endedAt'>[],
): { startTime: string | null; endTime: string | null } {
  // Parsed rather than compared as strings: an instant may carry any offset.
  const instants = (values: (string | null)[]) => values.filter((v): v is string => v !== null).map((v) => Date.parse(v));
  const starts = instants(items.map((i) => i.startedAt));
  const ends = instants(items.map((i) => i.endedAt));
  const at = (ms: number) => formatTime(new Date(ms).toISOString(), FORUM_TIME_ZONE);
  return {
    startTime: forum.startTime ?? (starts.length > 0 ? at(Math.min(...starts)) : null),
    endTime: forum.endTime ?? (ends.length > 0 ? at(Math.max(...ends)) : null),
  };
}
