/**
 * `wethi forum create … --follow-up-of ID[,ID…]`: the forum is created as the follow-up of
 * earlier forums (followUp.createForum: the official agenda, item 3 filled from them).
 */
import type { Core } from '../../core/app';
import { UsageError } from '../args';
import { invoke } from '../open-core';

export const FOLLOW_UP_OF_OPTION = {
  'follow-up-of': {
    type: 'string',
    value: 'ID[,ID…]',
    help: 'follow up earlier forums: item 3 of the agenda lists their resolutions and projects',
  },
} as const;

export function followUpIds(value: unknown): string[] | null {
  if (value === undefined) return null;
  const ids = String(value)
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  if (ids.length === 0) throw new UsageError('--follow-up-of needs one or more forum ids, separated by commas');
  return ids;
}

/** A plain forum, or a follow-up one when ids are given. */
export function createForum(core: Core, draft: Record<string, unknown>, followUpOf: string[] | null) {
  return followUpOf === null ? invoke(core, 'forums.create', draft) : invoke(core, 'followUp.createForum', { forum: draft, followUpOf });
}
