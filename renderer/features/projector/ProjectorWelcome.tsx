/** The forum's title, date and venue, and (as people arrive) how many have checked in. */
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/contract';
import { useFormat } from '../../i18n/format';
import { ACCENT, FG } from '../../ui/projector-style';

export function ProjectorWelcome({ forum, showCount }: { forum: Output<'forums.get'>; showCount: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const when = [format.date(forum.date), forum.startTime ? t('forum.timeFrom', { start: forum.startTime }) : null].filter(Boolean).join(' · ');
  return (
    <Stack align="center" gap="4vh" style={{ textAlign: 'center', width: '100%' }}>
      <Stack gap={8} align="center">
        <Text component="h1" fz="clamp(48px, 5.2vw, 96px)" fw={700} lh={1.35} c={FG} m={0}>
          {forum.title}
        </Text>
        <Text fz="clamp(32px, 2.6vw, 48px)" c={FG} lh={1.5}>
          {when}
        </Text>
        {forum.venue ? (
          <Text fz="clamp(32px, 2.6vw, 48px)" c={FG} lh={1.5}>
            {forum.venue}
          </Text>
        ) : null}
      </Stack>
      {showCount ? (
        <Stack gap={0} align="center" data-testid="projector-counter" aria-live="polite">
          <Text fz="clamp(36px, 3vw, 56px)" c={ACCENT} fw={500} lh={1.5}>
            {t('projector.checkedInLabel')}
          </Text>
          <Text fz="clamp(140px, 16vw, 300px)" fw={700} lh={1.1} c={FG} data-testid="projector-count">
            {format.number(forum.checkedInCount)}
          </Text>
          <Text fz="clamp(36px, 3vw, 56px)" c={ACCENT} fw={500} lh={1.5}>
            {t('projector.people')}
          </Text>
        </Stack>
      ) : null}
    </Stack>
  );
}
