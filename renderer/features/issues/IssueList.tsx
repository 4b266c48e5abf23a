/**
 * The issues as a keyboard-driven list, flat or under category headings. The list holds the
 * focus; numbers always follow the forum's order, also inside the category groups.
 */
import { Stack, Text } from '@mantine/core';
import { type DragEvent, type KeyboardEvent, type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueDetailKind } from '../../../shared/contract';
import { IssueCard, issueDomId } from './IssueCard';
import type { Issue } from '../../api/queries/issues';

export interface Section {
  key: string;
  title: string | null;
  issues: Issue[];
}

export interface IssueCommands {
  select: (id: string) => void;
  toggle: (id: string) => void;
  edit: (issue: Issue) => void;
  merge: (issue: Issue) => void;
  split: (issue: Issue) => void;
  remove: (issue: Issue) => void;
  undo: () => void;
  move: (id: string, index: number) => void;
  saveDetails: (issue: Issue, kind: IssueDetailKind, lines: string[]) => void;
}

interface Props {
  /** All active issues in the forum's order. */
  issues: Issue[];
  /** What is shown: one untitled section, or one per category. */
  sections: Section[];
  selectedId: string | null;
  expanded: ReadonlySet<string>;
  categoryLabel: (key: string | null) => string | null;
  agendaNumber: (id: string | null) => string | null;
  commands: IssueCommands;
  listRef: RefObject<HTMLDivElement | null>;
}

const FIELD: Record<IssueDetailKind, 'causes' | 'potentials' | 'needs'> = { cause: 'causes', potential: 'potentials', need: 'needs' };
export const detailField = (kind: IssueDetailKind) => FIELD[kind];

export function IssueList({ issues, sections, selectedId, expanded, categoryLabel, agendaNumber, commands, listRef }: Props) {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const indexOf = new Map(issues.map((issue, i) => [issue.id, i]));
  // Keyboard order is what the eye sees: section by section.
  const shown = sections.flatMap((s) => s.issues.map((issue) => ({ issue, section: s.key })));
  const at = shown.findIndex((s) => s.issue.id === selectedId);
  const selected = shown[at]?.issue;

  const go = (to: number) => {
    const target = shown[Math.max(0, Math.min(shown.length - 1, to))];
    if (!target) return;
    commands.select(target.issue.id);
    document.getElementById(issueDomId(target.issue.id))?.scrollIntoView({ block: 'nearest' });
  };

  /** Alt+↑/↓: trade places with the neighbour in the same section. */
  const shift = (delta: -1 | 1) => {
    const here = shown[at];
    const neighbour = shown[at + delta];
    if (!here || !neighbour || neighbour.section !== here.section) return;
    commands.move(here.issue.id, indexOf.get(neighbour.issue.id) ?? 0);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget || e.nativeEvent.isComposing) return;
    const mod = e.ctrlKey || e.metaKey;
    const plain = !mod && !e.altKey && !e.shiftKey;
    const handled = () => e.preventDefault();
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      handled();
      const delta = e.key === 'ArrowUp' ? -1 : 1;
      if (e.altKey) shift(delta);
      else go(at === -1 ? 0 : at + delta);
    } else if (e.key === 'Home') {
      handled();
      go(0);
    } else if (e.key === 'End') {
      handled();
      go(shown.length - 1);
    } else if (!selected) {
      return;
    } else if (e.key === 'Enter' && !mod) {
      handled();
      commands.edit(selected);
    } else if (e.key === ' ' || ((e.key === 'ArrowRight' || e.key === 'ArrowLeft') && plain)) {
      handled();
      if (e.key === ' ' || expanded.has(selected.id) === (e.key === 'ArrowLeft')) commands.toggle(selected.id);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      handled();
      commands.remove(selected);
      go(at + 1 < shown.length ? at + 1 : at - 1);
    } else if (mod && e.code === 'KeyZ') {
      handled();
      commands.undo();
    } else if (plain && e.code === 'KeyM') {
      // Letters by physical key, so they work while the Thai layout is on.
      handled();
      commands.merge(selected);
    } else if (plain && e.code === 'KeyS') {
      handled();
      commands.split(selected);
    }
  };

  const dragFor = (issue: Issue) => ({
    over: over === issue.id && dragging !== issue.id,
    onDragStart: (e: DragEvent) => {
      e.dataTransfer.effectAllowed = 'move';
      e.dataTransfer.setData('text/plain', issue.id);
      setDragging(issue.id);
    },
    onDragOver: (e: DragEvent) => {
      if (!dragging) return;
      e.preventDefault();
      if (over !== issue.id) setOver(issue.id);
    },
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      if (dragging && dragging !== issue.id) commands.move(dragging, indexOf.get(issue.id) ?? 0);
      setDragging(null);
      setOver(null);
    },
    onDragEnd: () => {
      setDragging(null);
      setOver(null);
    },
  });

  return (
    <Stack
      ref={listRef}
      gap="md"
      tabIndex={0}
      // A tree grid of rows rather than a listbox of options: a row's cells may hold its buttons,
      // and a row opens to show its causes, potentials and needs (aria-expanded).
      role="treegrid"
      aria-label={t('issues.listLabel')}
      aria-activedescendant={selected ? issueDomId(selected.id) : undefined}
      onKeyDown={onKeyDown}
      data-testid="issue-list"
      style={{ outline: 'none' }}
    >
      {sections.map((section) => (
        <Stack key={section.key} gap={6} data-testid="issue-section">
          {section.title !== null ? (
            <Text fw={700} fz="lg" c="wethi.8" data-testid="issue-section-title">
              {section.title} <Text span c="dimmed" fw={400} size="sm">{`· ${t('issues.countLine', { count: section.issues.length })}`}</Text>
            </Text>
          ) : null}
          {section.issues.map((issue) => (
            <IssueCard
              key={issue.id}
              issue={issue}
              number={(indexOf.get(issue.id) ?? 0) + 1}
              categoryLabel={categoryLabel(issue.category)}
              agendaNumber={agendaNumber(issue.agendaItemId)}
              selected={issue.id === selectedId}
              expanded={expanded.has(issue.id)}
              drag={dragFor(issue)}
              actions={{
                select: () => commands.select(issue.id),
                toggle: () => commands.toggle(issue.id),
                edit: () => commands.edit(issue),
                merge: () => commands.merge(issue),
                split: () => commands.split(issue),
                remove: () => commands.remove(issue),
                saveDetails: (kind, lines) => commands.saveDetails(issue, kind, lines),
              }}
            />
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
