/**
 * One forum: its header and its tabs (Alt+1 … Alt+9, Alt+0). The app shell: the only place that
 * composes features, handing each tab the parts of other features it shows (ui/slots.ts).
 */
import { Alert, Anchor, Button, Center, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import {
  IconArrowLeft,
  IconChartBar,
  IconChartPie,
  IconChecklist,
  IconFileImport,
  IconInfoCircle,
  IconListNumbers,
  IconMessage2,
  IconMicrophone,
  IconPresentation,
  IconQrcode,
  IconSquareCheck,
  IconTargetArrow,
  IconUserCheck,
  IconUsers,
  IconUsersGroup,
  IconArrowMerge,
  IconFileText,
  IconHeartHandshake,
  IconTimeline,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../shared/contract';
import { useOpenProjector } from '../api/ApiProvider';
import { type ForumTab, navigate } from '../ui/route';
import { TAB_SHORTCUTS } from './shortcuts';
import { ForumTabList, usePhaseMemory } from './ForumTabs';
import { useFormat } from '../i18n/format';
import { bindHotkeys } from '../ui/key-hint';
import { AgendaPanel } from '../features/agenda/AgendaPanel';
import { CheckInPanel } from '../features/people/checkin/CheckInPanel';
import { EquityPanel } from '../features/equity/EquityPanel';
import { GroupsPanel } from '../features/groups/GroupsPanel';
import { ImportPanel } from '../features/imports/ImportPanel';
import { IssuesPanel } from '../features/issues/IssuesPanel';
import { NotesPanel } from '../features/notes/NotesPanel';
import { PlanPanel } from '../features/projects/PlanPanel';
import { AgreementsPanel } from '../features/agreements/AgreementsPanel';
import { FollowUpPanel } from '../features/followup/FollowUpPanel';
import { MinutesPanel } from '../features/reports/MinutesPanel';
import { MergePanel } from '../features/merge/MergePanel';
import { PollsPanel } from '../features/polls/PollsPanel';
import { ParticipantsPanel } from '../features/people/ParticipantsPanel';
import { RepresentationPanel } from '../features/representation/RepresentationPanel';
import { RoomPanel } from '../features/room/RoomPanel';
import { SpeakersPanel } from '../features/speakers/SpeakersPanel';
import { StatusBadge } from '../features/forums/ForumBadges';
import { ForumDetails } from '../features/forums/ForumDetails';
import { NowSpeakingButton } from '../features/speakers/NowSpeakingButton';
import { ProjectorControl } from '../features/projector/ProjectorControl';
import { SearchPanel } from '../features/search/SearchPanel';
import { SessionExportButton } from '../features/session/SessionExportButton';
import { AdoptPriorities } from '../features/priorities/AdoptPriorities';
import { PriorityListCard } from '../features/priorities/PriorityListCard';
import { useForum } from '../api/queries/forums';

type Forum = Output<'forums.get'>;

// Made once, so the memoised parts they reach (the note box, the search) keep their props.
const PROJECTOR_SLOTS = { ProjectorControl };
const NOTES_SLOTS = { Search: SearchPanel, NowSpeaking: NowSpeakingButton };
const POLLS_SLOTS = { PriorityList: PriorityListCard, AdoptResult: AdoptPriorities };
const PLAN_SLOTS = { PriorityList: PriorityListCard };
const DETAILS_SLOTS = { SessionExport: SessionExportButton };

// Tighter than Mantine's default so a whole phase and the other phases share one row at 1366 px.
const TAB_STYLES = { tab: { paddingInline: 8 } } as const;

const TAB_ICONS: Record<ForumTab, ReactNode> = {
  checkin: <IconUserCheck size={20} />,
  participants: <IconUsers size={20} />,
  import: <IconFileImport size={20} />,
  representation: <IconChartBar size={20} />,
  agenda: <IconListNumbers size={20} />,
  issues: <IconTargetArrow size={20} />,
  notes: <IconMessage2 size={20} />,
  speakers: <IconMicrophone size={20} />,
  groups: <IconUsersGroup size={20} />,
  equity: <IconChartPie size={20} />,
  polls: <IconSquareCheck size={20} />,
  room: <IconQrcode size={20} />,
  plan: <IconChecklist size={20} />,
  agreements: <IconHeartHandshake size={20} />,
  followup: <IconTimeline size={20} />,
  minutes: <IconFileText size={20} />,
  merge: <IconArrowMerge size={20} />,
  details: <IconInfoCircle size={20} />,
};

export function ForumPage({ forumId, tab }: { forumId: string; tab: ForumTab }) {
  const { t } = useTranslation();
  const forum = useForum(forumId);
  const go = (next: ForumTab) => navigate({ name: 'forum', forumId, tab: next }, { replace: true });
  const tabFor = usePhaseMemory(tab);
  useHotkeys(
    TAB_SHORTCUTS.flatMap((s) => bindHotkeys(s, () => go(s.tab))),
    [],
  );

  if (forum.isPending) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  if (!forum.data) {
    return (
      <Stack>
        <BackLink />
        <Alert color="orange" title={t('forumPage.notFound')}>
          {t('forumPage.notFoundBody')}
        </Alert>
      </Stack>
    );
  }

  const data = forum.data;
  return (
    <Stack gap="md">
      <ForumHeading forum={data} />
      <Tabs value={tab} onChange={(v) => v && go(tabFor(v))} keepMounted={false} styles={TAB_STYLES}>
        <ForumTabList tab={tab} icons={TAB_ICONS} />
        <Tabs.Panel value="checkin" pt="lg">
          <CheckInPanel forum={data} />
        </Tabs.Panel>
        <Tabs.Panel value="participants" pt="lg">
          <ParticipantsPanel forum={data} />
        </Tabs.Panel>
        <Tabs.Panel value="import" pt="lg">
          <ImportPanel forum={data} />
        </Tabs.Panel>
        <Tabs.Panel value="representation" pt="lg">
          <RepresentationPanel forum={data} />
        </Tabs.Panel>
        <Tabs.Panel value="agenda" pt="lg">
          <AgendaPanel forum={data} slots={PROJECTOR_SLOTS} />
        </Tabs.Panel>
        <Tabs.Panel value="issues" pt="lg">
          <IssuesPanel forum={data} slots={PROJECTOR_SLOTS} />
        </Tabs.Panel>
        <Tabs.Panel value="notes" pt="lg">
          <NotesPanel forum={data} slots={NOTES_SLOTS} />
        </Tabs.Panel>
        <Tabs.Panel value="speakers" pt="lg">
          <SpeakersPanel forum={data} />
        </Tabs.Panel>
        <Tabs.Panel value="groups" pt="lg">
          <GroupsPanel forum={data} />
        </Tabs.Panel>
        <Tabs.Panel value="equity" pt="lg">
          <EquityPanel forum={data} />
        </Tabs.Panel>
        <Tabs.Panel value="polls" pt="lg">
          <PollsPanel forum={data} slots={POLLS_SLOTS} />
        </Tabs.Panel>
        <Tabs.Panel value="room" pt="lg">
          <RoomPanel forum={data} />
        </Tabs.Panel>
        <Tabs.Panel value="plan" pt="lg">
          <PlanPanel forum={data} slots={PLAN_SLOTS} />
        </Tabs.Panel>
        <Tabs.Panel value="agreements" pt="lg">
          <AgreementsPanel forum={data} />
        </Tabs.Panel>
        <Tabs.Panel value="followup" pt="lg">
          <FollowUpPanel forum={data} />
        </Tabs.Panel>
        <Tabs.Panel value="minutes" pt="lg">
          <MinutesPanel forum={data} />
        </Tabs.Panel>
        <Tabs.Panel value="merge" pt="lg">
          <MergePanel forum={data} />
        </Tabs.Panel>
        <Tabs.Panel value="details" pt="lg">
          <ForumDetails forum={data} slots={DETAILS_SLOTS} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component="button" type="button" onClick={() => navigate({ name: 'forums' })} w="fit-content">
      <Group gap={4}>
        <IconArrowLeft size={18} />
        {t('forumPage.back')}
      </Group>
    </Anchor>
  );
}

function ForumHeading({ forum }: { forum: Forum }) {
  const { t } = useTranslation();
  const format = useFormat();
  const openProjector = useOpenProjector();
  const when = [
    format.date(forum.date),
    forum.startTime ? (forum.endTime ? t('forum.timeRange', { start: forum.startTime, end: forum.endTime }) : t('forum.timeFrom', { start: forum.startTime })) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Stack gap={4}>
      <BackLink />
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Group gap="sm">
            <Title order={1} fz={30}>
              {forum.title}
            </Title>
            <StatusBadge forum={forum} size="lg" />
          </Group>
          <Text c="dimmed" fz="lg">
            {[t(`vocab.forumKind.${forum.kind}`), forum.number ? t('forum.numberShort', { number: forum.number }) : null, when, forum.venue].filter(Boolean).join(' · ')}
          </Text>
        </Stack>
        <Button variant="light" size="md" leftSection={<IconPresentation size={20} />} onClick={() => openProjector(forum.id)} style={{ flexShrink: 0 }}>
          {t('forumPage.openProjector')}
        </Button>
      </Group>
    </Stack>
  );
}
