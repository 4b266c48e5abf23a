/**
 * The projector view: no controls, large high-contrast type, readable from the back of a temple
 * hall. It shows what the facilitator chose (`projector.get`) and follows the control window
 * through change events: every query here is keyed by forum, so an event refetches it at once.
 */
import { Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output, ProjectorView } from '../../shared/contract';
import { ProjectorEquity } from '../features/equity/ProjectorEquity';
import { useForum } from '../api/queries/forums';
import { ProjectorPoll } from '../features/polls/ProjectorPoll';
import { ProjectorRoom } from '../features/room/ProjectorRoom';
import { ProjectorSpeaker } from '../features/speakers/ProjectorSpeaker';
import { ProjectorAgenda } from '../features/projector/ProjectorAgenda';
import { ProjectorFrame } from '../features/projector/ProjectorFrame';
import { ProjectorIssues } from '../features/projector/ProjectorIssues';
import { ProjectorLogo } from '../features/projector/ProjectorLogo';
import { ProjectorMessage } from '../features/projector/ProjectorMessage';
import { ProjectorRepresentation } from '../features/projector/ProjectorRepresentation';
import { ProjectorWelcome } from '../features/projector/ProjectorWelcome';
import { ACCENT, FG } from '../ui/projector-style';
import { useProjectorView } from '../api/queries/projector';

const ROOM_SLOTS = { PollResults: ProjectorPoll };

export function ProjectorPage({ forumId }: { forumId: string | null }) {
  const { t } = useTranslation();
  const forum = useForum(forumId);
  const state = useProjectorView(forumId);

  useEffect(() => {
    document.title = forum.data ? `${forum.data.title} · ${t('app.name')}` : t('app.name');
  }, [forum.data, t]);

  const data = forum.data;
  if (!data || !forumId) {
    return (
      <ProjectorFrame mode="none">
        <Stack align="center" gap="md" style={{ textAlign: 'center' }}>
          <Text fz={96} fw={700} c={FG}>
            {t('app.name')}
          </Text>
          <Text fz={40} c={ACCENT}>
            {forumId && forum.isError ? t('projector.notFound') : forumId ? '' : t('projector.noForum')}
          </Text>
        </Stack>
      </ProjectorFrame>
    );
  }

  // Until the stored choice arrives, the welcome screen (the default) rather than a flash of nothing.
  const view: ProjectorView = state.data?.view ?? { mode: 'welcome', showCheckInCount: true };
  return (
    <ProjectorFrame mode={view.mode} background={view.mode === 'blank' ? '#000000' : undefined} center={view.mode !== 'issues'}>
      <ProjectorContent forum={data} view={view} />
    </ProjectorFrame>
  );
}

function ProjectorContent({ forum, view }: { forum: Output<'forums.get'>; view: ProjectorView }) {
  switch (view.mode) {
    case 'welcome':
      return <ProjectorWelcome forum={forum} showCount={view.showCheckInCount} />;
    case 'blank':
      return null;
    case 'logo':
      return <ProjectorLogo />;
    case 'message':
      return <ProjectorMessage text={view.text} />;
    case 'agenda':
      return <ProjectorAgenda forumId={forum.id} view={view} />;
    case 'issues':
      return <ProjectorIssues forumId={forum.id} view={view} />;
    case 'representation':
      return <ProjectorRepresentation forumId={forum.id} view={view} />;
    // These three screens belong to their features, which own their data and their words.
    case 'speaker':
      return <ProjectorSpeaker forumId={forum.id} showClock={view.showClock} showQueue={view.showQueue} />;
    case 'equity':
      return <ProjectorEquity forumId={forum.id} dimension={view.dimension} />;
    case 'poll':
      return <ProjectorPoll forumId={forum.id} pollId={view.pollId} />;
    case 'room':
      return <ProjectorRoom forumId={forum.id} view={view} slots={ROOM_SLOTS} />;
  }
}
