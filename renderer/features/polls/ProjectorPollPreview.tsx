/**
 * What the room will see, before (or while) the poll is on the projector: the projector's own
 * poll screen in a full-screen dialog on its dark ground.
 */
import { Box, Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BG, FG } from '../../ui/projector-style';
import { ProjectorPoll } from './ProjectorPoll';

export function ProjectorPollPreview({ forumId, pollId, opened, onClose }: { forumId: string; pollId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} fullScreen title={t('polls.actions.preview')} padding={0} styles={{ header: { paddingInline: 16 } }}>
      {opened ? (
        <Box data-testid="projector-preview" style={{ minHeight: 'calc(100vh - 60px)', background: BG, color: FG, padding: '4vh 5vw', fontSize: 36, lineHeight: 1.6, display: 'flex', alignItems: 'center' }}>
          <ProjectorPoll forumId={forumId} pollId={pollId} />
        </Box>
      ) : null}
    </Modal>
  );
}
