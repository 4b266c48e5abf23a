import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { draftToPatch, emptyPollValues, pollToValues, toPollDraft } from '../../../../renderer/features/polls/poll-form';
import type { Poll } from '../../../../renderer/api/queries/polls';

const t = ((key: string) => key) as unknown as TFunction;
const FORUM = '01936d2a-0000-7000-8000-000000000001';
const A = '01936d2a-0000-7000-8000-0000000000a1';
const B = '01936d2a-0000-7000-8000-0000000000b2';
const ITEM = '01936d2a-0000-7000-8000-0000000000c3';

const base = () => ({ ...emptyPollValues(t), title: 'จัดลำดับปัญหา', method: 'borda' as const, freeText: 'ถนน\nประปา' });

describe('the poll form', () => {
  it("starts with the forum's default tie rule and no agenda item chosen (the host takes the current one)", () => {
    expect(emptyPollValues(t).tieRule).toBe('casting_vote');
    expect(emptyPollValues(t, 'lottery').tieRule).toBe('lottery');
    const result = toPollDraft(base(), FORUM);
    if (!('draft' in result)) throw new Error('refused');
    expect('agendaItemId' in result.draft).toBe(false);
    expect(result.draft.eligibility).toEqual({ kind: 'checked_in' });
  });

  it('sends a named list of voters, and refuses an empty one', () => {
    const listed = toPollDraft({ ...base(), eligibility: 'list', personIds: [A, B] }, FORUM);
    if (!('draft' in listed)) throw new Error('refused');
    expect(listed.draft.eligibility).toEqual({ kind: 'list', personIds: [A, B] });
    expect(toPollDraft({ ...base(), eligibility: 'list', personIds: [] }, FORUM)).toEqual({ errors: { personIds: 'noVoters' } });
  });

  it('sends the agenda item chosen, or none, and carries it into a patch', () => {
    for (const agendaItemId of [ITEM, null]) {
      const result = toPollDraft({ ...base(), agendaItemId }, FORUM);
      if (!('draft' in result)) throw new Error('refused');
      expect(result.draft.agendaItemId).toBe(agendaItemId);
      expect(draftToPatch(result.draft).agendaItemId).toBe(agendaItemId);
    }
    const untouched = toPollDraft(base(), FORUM);
    if (!('draft' in untouched)) throw new Error('refused');
    expect('agendaItemId' in draftToPatch(untouched.draft)).toBe(false);
  });

  it('reads a draft poll back: its list of voters and its agenda item', () => {
    const poll = {
      id: 'p',
      forumId: FORUM,
      agendaItemId: ITEM,
      title: 'จัดลำดับปัญหา',
      method: 'irv',
      rules: {},
      tieRule: { rule: 'revote' },
      eligibility: { kind: 'list', personIds: [A, B] },
      eligibleCount: 2,
      options: [],
      status: 'draft',
    } as unknown as Poll;
    expect(pollToValues(t, poll)).toMatchObject({ method: 'irv', tieRule: 'revote', eligibility: 'list', personIds: [A, B], agendaItemId: ITEM });
  });
});
