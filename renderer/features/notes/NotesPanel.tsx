/**
 * The note-taker's screen: the agenda item the notes go to, its resolution, its notes (newest
 * at the bottom) and the box to type in, with search beside them. Everything works from the
 * keyboard; the box has the focus unless the note-taker takes it elsewhere.
 */
import { Center, Grid, Loader, Stack } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteDraft, Output, SearchHit } from '../../../shared/contract';
import { navigate } from '../../ui/route';
import { useNotifyError } from '../../ui/notify';
import { useAgenda } from '../../api/queries/agenda';
import { useGroups } from '../../api/queries/groups';
import { takeNoteToShow, showNoteAfterNavigation } from '../../ui/open-target';
import { useSearchHotkeys } from '../../ui/useSearchHotkeys';
import { type Participant, useRoster } from '../../api/queries/speakers';
import { ALL_GROUPS, AgendaTargetBar, type GroupFilter, type ListScope, matchesGroup, PLENARY } from './AgendaTargetBar';
import { NoteComposer } from './NoteComposer';
import type { NotesSlots } from './slots';
import { focusNote, type ListCommands, NoteList } from './NoteList';
import type { PendingNote } from './PendingRow';
import { type Note, type Resolution, useNotes, useResolutions } from '../../api/queries/notes';
import { ResolutionCard } from './ResolutionCard';
import { useFillHeight } from '../../ui/useFillHeight';
import { useNoteActions } from './useNoteActions';
import { useNoteGroup } from './useNoteGroup';
import { useStableCommands } from './useStableCommands';

const FLASH_MS = 1600;
const NO_ONE: Participant[] = [];
const PLACEHOLDER_AFTER_MS = 120;

export function NotesPanel({ forum, slots }: { forum: Output<'forums.get'>; slots: NotesSlots }) {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const agenda = useAgenda(forum.id);
  const rosterQuery = useRoster(forum.id);
  const roster = rosterQuery.data ?? NO_ONE;
  const notesQuery = useNotes(forum.id);
  const resolutions = useResolutions(forum.id).data ?? [];
  const actions = useNoteActions(forum.id);
  const groupsQuery = useGroups(forum.id);
  const groups = useMemo(() => (groupsQuery.data?.groups ?? []).map((g) => ({ id: g.id, name: g.name })), [groupsQuery.data]);
  const groupNames = useMemo(() => new Map(groups.map((g) => [g.id, g.name])), [groups]);
  const noteGroup = useNoteGroup(forum.id, groupsQuery.data?.groups);

  const items = agenda.data?.items ?? [];
  const currentItemId = agenda.data?.currentItemId ?? null;
  // undefined: the notes follow the forum's current item; an id (or null for none): pinned to it.
  const [pinned, setPinned] = useState<string | null | undefined>(undefined);
  const [restoredItem, setRestoredItem] = useState<string | null | undefined>(undefined);
  const pin = pinned && agenda.data && !items.some((i) => i.id === pinned) ? undefined : pinned; // a deleted item: follow again
  const targetId = pin !== undefined ? pin : currentItemId;
  const [scope, setScope] = useState<ListScope>('item');
  const [groupFilterChosen, setGroupFilter] = useState<GroupFilter>(ALL_GROUPS);
  // A group deleted since: show every group again.
  const groupFilter = groupFilterChosen === ALL_GROUPS || groupFilterChosen === PLENARY || groupNames.has(groupFilterChosen) || !groupsQuery.data ? groupFilterChosen : ALL_GROUPS;
  const [pending, setPending] = useState<PendingNote[]>([]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [moveOpenId, setMoveOpenId] = useState<string | null>(null);
  const [flashId, setFlashId] = useState<string | null>(null);
  const [revealId, setRevealId] = useState<string | null>(() => takeNoteToShow());

  const box = useRef<HTMLTextAreaElement>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const top = useRef<HTMLDivElement>(null);
  const height = useFillHeight(top);

  const onRestored = useCallback((draft: NoteDraft) => setRestoredItem(draft.agendaItemId), []);

  // A draft typed under another item than the current one goes back under that item.
  useEffect(() => {
    if (restoredItem === undefined || !agenda.data) return;
    if (restoredItem !== agenda.data.currentItemId) setPinned(restoredItem);
    setRestoredItem(undefined);
  }, [restoredItem, agenda.data]);

  const allNotes = notesQuery.data ?? [];
  const notes = allNotes.filter((n) => (scope === 'all' || n.agendaItemId === targetId) && matchesGroup(groupFilter, n.groupId));
  const target = items.find((i) => i.id === targetId);
  const resolution = resolutions.find((r) => r.agendaItemId === targetId);
  const adoptedIds = useMemo(() => new Set(resolutions.flatMap((r) => (r.sourceNoteId ? [r.sourceNoteId] : []))), [resolutions]);

  const toBox = useCallback(() => {
    setSelectedId(null);
    box.current?.focus();
    // Again after the frame: a closing menu or popover may hand the focus back to its button.
    requestAnimationFrame(() => {
      if (document.activeElement === document.body) box.current?.focus();
    });
  }, []);
  const toSearch = useCallback(() => searchBox.current?.focus(), []);
  useSearchHotkeys(toSearch);

  // A note asked for by a search result: show it (switching to all items if it is elsewhere), then flash it.
  useEffect(() => {
    if (!revealId || !notesQuery.data) return;
    if (!notes.some((n) => n.id === revealId)) {
      if (groupFilter !== ALL_GROUPS) setGroupFilter(ALL_GROUPS);
      else if (scope === 'item' && allNotes.some((n) => n.id === revealId)) setScope('all');
      else setRevealId(null);
      return;
    }
    setSelectedId(revealId);
    setFlashId(revealId);
    requestAnimationFrame(() => focusNote(revealId, 'center'));
    setRevealId(null);
  }, [revealId, notes, allNotes, notesQuery.data, scope, groupFilter]);

  useEffect(() => {
    if (!flashId) return;
    const timer = setTimeout(() => setFlashId(null), FLASH_MS);
    return () => clearTimeout(timer);
  }, [flashId]);

  // On its way: a dimmed placeholder; committed: a normal row; refused: gone (the text is back in the box).
  const storing = (note: PendingNote, stored: Promise<Note | null>) => {
    // The placeholder shows only if the commit is slow: a commit of a few milliseconds then costs
    // the list a single render (with the stored note), not two, while the next note is typed.
    const show = setTimeout(() => setPending((p) => [...p, note]), PLACEHOLDER_AFTER_MS);
    const settle = () => {
      clearTimeout(show);
      setPending((p) => p.filter((x) => x.key !== note.key));
    };
    stored.then(
      (saved) => {
        if (saved) actions.put(saved);
        settle();
      },
      (error: unknown) => {
        settle();
        notifyError(error);
      },
    );
  };

  const openHit = (hit: SearchHit) => {
    if (hit.kind === 'issue') {
      navigate({ name: 'forum', forumId: hit.forumId, tab: 'issues' }, { replace: hit.forumId === forum.id });
    } else if (hit.kind === 'resolution') {
      // A resolution stands above its item's notes: show that item here, or open the other forum's notes.
      if (hit.forumId === forum.id) setPinned(hit.agendaItemId);
      else navigate({ name: 'forum', forumId: hit.forumId, tab: 'notes' });
    } else if (hit.forumId !== forum.id) {
      showNoteAfterNavigation(hit.id);
      navigate({ name: 'forum', forumId: hit.forumId, tab: 'notes' });
    } else {
      setRevealId(hit.id);
    }
  };

  const commands: ListCommands = useStableCommands({
    select: setSelectedId,
    edit: (id) => {
      setEditingId(id);
      if (id) setSelectedId(id);
      else if (selectedId) requestAnimationFrame(() => focusNote(selectedId));
    },
    save: (note, edit) => {
      const patch = {
        ...(edit.text.trim() !== note.text ? { text: edit.text } : {}),
        ...(edit.kind !== note.kind ? { kind: edit.kind } : {}),
        ...(edit.speakerId !== (note.speaker?.id ?? null) ? { speakerId: edit.speakerId } : {}),
      };
      const done = () => {
        setEditingId(null);
        requestAnimationFrame(() => focusNote(note.id));
      };
      if (Object.keys(patch).length === 0) done();
      else actions.update.mutate({ id: note.id, patch }, { onSuccess: done });
    },
    remove: (note) => actions.remove.mutate(note),
    move: (note, itemId, label) => {
      setMoveOpenId(null);
      actions.move.mutate({ note, agendaItemId: itemId, label }, { onSettled: toBox });
    },
    toResolution: (note) => actions.toResolution.mutate(note),
    openMove: (id) => {
      setMoveOpenId(id);
      // Closed without a choice (Esc): back to the note it was opened on.
      if (id === null && moveOpenId) requestAnimationFrame(() => focusNote(moveOpenId));
    },
    leave: toBox,
    undo: actions.undoLast,
  });

  // Stable identities for the memoised parts of the pane: storing a note re-renders the list only.
  const bar = useStableCommands({
    target: (id: string | null) => {
      setPinned(id === currentItemId ? undefined : id);
      toBox();
    },
    followCurrent: () => {
      setPinned(undefined);
      toBox();
    },
    scope: (s: ListScope) => {
      setScope(s);
      toBox();
    },
    groupFilter: (f: GroupFilter) => {
      setGroupFilter(f);
      toBox();
    },
  });
  const groupActions = useStableCommands({ choose: noteGroup.choose, cycle: noteGroup.cycle });
  const resolutionActions = useStableCommands({
    save: (text: string) => actions.setResolution.mutateAsync({ forumId: forum.id, agendaItemId: targetId, text }),
    remove: (r: Resolution) => actions.deleteResolution.mutate(r),
  });
  const composer = useStableCommands({
    storing,
    leaveUp: () => {
      const last = notes.at(-1);
      if (!last) return;
      setSelectedId(last.id);
      // At once, in this key event: a key pressed right after ↑ (R, Delete) must reach the note,
      // not the box. Again after the render, which makes the row the list's tab stop.
      focusNote(last.id);
      requestAnimationFrame(() => focusNote(last.id));
    },
    editLast: () => {
      const last = notes.at(-1);
      if (last) commands.edit(last.id);
    },
    undo: () => actions.undoLast(),
  });
  const searchActions = useStableCommands({ open: openHit });

  return (
    <Grid gap="md" ref={top}>
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="xs" h={height}>
          <AgendaTargetBar
            items={items}
            currentItemId={currentItemId}
            targetId={targetId}
            pinned={pin !== undefined && pin !== currentItemId}
            onTarget={bar.target}
            onFollowCurrent={bar.followCurrent}
            scope={scope}
            onScope={bar.scope}
            groups={groups}
            groupFilter={groupFilter}
            onGroupFilter={bar.groupFilter}
          />
          <ResolutionCard
            key={targetId ?? 'forum'}
            resolution={resolution}
            scopeLabel={target ? t('notes.resolution.forItem', { number: target.number, title: target.title }) : t('notes.resolution.forForum')}
            saving={actions.setResolution.isPending}
            onSave={resolutionActions.save}
            onDelete={resolutionActions.remove}
            onDone={toBox}
          />
          {notesQuery.isPending ? (
            <Center style={{ flex: 1 }}>
              <Loader />
            </Center>
          ) : (
            <NoteList
              notes={notes}
              pending={pending}
              items={items}
              showItemNumbers={scope === 'all'}
              groupNames={groupNames}
              roster={roster}
              selectedId={selectedId}
              editingId={editingId}
              moveOpenId={moveOpenId}
              flashId={flashId}
              adoptedIds={adoptedIds}
              savingEdit={actions.update.isPending}
              emptyText={scope === 'all' ? t('notes.list.emptyAll') : t('notes.list.empty')}
              commands={commands}
              scrollRef={scroller}
            />
          )}
          <NoteComposer
            forumId={forum.id}
            target={pin}
            targetNow={targetId}
            groups={groups}
            groupId={noteGroup.groupId}
            onGroup={groupActions.choose}
            onCycleGroup={groupActions.cycle}
            onRestored={onRestored}
            // Undefined while on its way (a speaker typed ahead waits for it); a failed load is an empty list.
            roster={rosterQuery.data ?? (rosterQuery.isError ? NO_ONE : undefined)}
            textareaRef={box}
            onStoring={composer.storing}
            onLeaveUp={composer.leaveUp}
            onEditLast={composer.editLast}
            onUndo={composer.undo}
            NowSpeaking={slots.NowSpeaking}
          />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack gap="xs" h={height}>
          <slots.Search forumId={forum.id} inputRef={searchBox} onOpen={searchActions.open} onLeave={toBox} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
