import { describe, expect, it } from 'vitest';
import { FORUM_PHASES, PHASED_TABS, phaseOf } from '../../../../renderer/app/forum-phases';
import { en, th } from '../../../../renderer/i18n/resources';
import { FORUM_TABS } from '../../../../renderer/ui/route';

describe('forum phases', () => {
  it('hold every tab exactly once, in the order of the work (and of the Alt+digit keys)', () => {
    expect(PHASED_TABS).toEqual(FORUM_TABS);
  });

  it('go register → deliberate → decide → report', () => {
    expect(FORUM_PHASES.map((p) => p.phase)).toEqual(['register', 'deliberate', 'decide', 'report']);
    expect(phaseOf('checkin')).toBe('register');
    expect(phaseOf('notes')).toBe('deliberate');
    expect(phaseOf('plan')).toBe('decide');
    expect(phaseOf('details')).toBe('report');
  });

  it('have a name in both languages', () => {
    for (const { phase } of FORUM_PHASES) {
      expect(th.forumPage.phases[phase]).toBeTruthy();
      expect(en.forumPage.phases[phase]).toBeTruthy();
    }
  });
});
