/**
 * The forum page's navigation: one row of tabs grouped by phase (forum-phases.ts). The open
 * phase shows its name and its tabs; each other phase is one tab that opens the screen last used
 * in it (its first one at the start), with its screens named in a tooltip. Arrow keys run along
 * the whole row, and focus stays on the row when a phase opens.
 */
import { Tabs, Text, Tooltip } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { Fragment, type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FORUM_TABS, type ForumTab } from '../ui/route';
import { FORUM_PHASES, type ForumPhase, phaseOf } from './forum-phases';
import { TAB_SHORTCUTS } from './shortcuts';

const PHASE_VALUE = 'phase:';
const DIVIDER = { width: 1, margin: '8px 4px', background: 'var(--mantine-color-gray-3)', flexShrink: 0 } as const;
// A light band holds the open phase's name and tabs together.
const OPEN_PHASE = { display: 'flex', alignItems: 'stretch', background: 'var(--mantine-color-wethi-0)', borderRadius: '6px 6px 0 0' } as const;

/** What a click on a tab value means: a screen, or a folded phase standing for its last screen. */
export function usePhaseMemory(tab: ForumTab) {
  const last = useRef<Partial<Record<ForumPhase, ForumTab>>>({});
  last.current[phaseOf(tab)] = tab;
  return (value: string): ForumTab => {
    if (!value.startsWith(PHASE_VALUE)) return value as ForumTab;
    const phase = FORUM_PHASES.find((p) => p.phase === value.slice(PHASE_VALUE.length)) ?? FORUM_PHASES[0];
    return last.current[phase.phase] ?? phase.tabs[0];
  };
}

export function ForumTabList({ tab, icons }: { tab: ForumTab; icons: Record<ForumTab, ReactNode> }) {
  const { t } = useTranslation();
  const open = phaseOf(tab);
  const list = useRef<HTMLDivElement>(null);
  // The folded phase tab that had focus is gone once its phase opens: give focus to the open tab,
  // unless the new screen has already put it somewhere (a search box).
  const shownPhase = useRef(open);
  useEffect(() => {
    if (shownPhase.current === open) return;
    shownPhase.current = open;
    if (document.activeElement === document.body) list.current?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
  }, [open]);

  return (
    <Tabs.List ref={list} style={{ flexWrap: 'nowrap' }} data-testid="forum-tabs">
      {FORUM_PHASES.map(({ phase, tabs }, i) => (
        <Fragment key={phase}>
          {i > 0 ? <span aria-hidden style={DIVIDER} /> : null}
          {phase === open ? (
            <div role="presentation" style={OPEN_PHASE} data-phase={phase} data-open>
              <Text component="span" aria-hidden fz="sm" fw={700} c="wethi.9" px={8} style={{ alignSelf: 'center', whiteSpace: 'nowrap' }}>
                {t(`forumPage.phases.${phase}`)}
              </Text>
              {tabs.map((name) => (
                <Tabs.Tab key={name} value={name} data-tab={name} leftSection={icons[name]} title={TAB_SHORTCUTS[FORUM_TABS.indexOf(name)]?.keys[0]} fz="md">
                  {t(`forumPage.tabs.${name}`)}
                </Tabs.Tab>
              ))}
            </div>
          ) : (
            <Tooltip label={tabs.map((name) => t(`forumPage.tabs.${name}`)).join(' · ')} openDelay={400}>
              <Tabs.Tab value={`${PHASE_VALUE}${phase}`} rightSection={<IconChevronRight size={14} aria-hidden />} fz="md" c="gray.8" data-phase={phase}>
                {t(`forumPage.phases.${phase}`)}
              </Tabs.Tab>
            </Tooltip>
          )}
        </Fragment>
      ))}
    </Tabs.List>
  );
}
