/**
 * The projector view: no controls, large high-contrast type, readable from the back of a temple
 * hall. It follows the control window through change events.
 */
import { Box, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { useForum } from '../forums/queries';

const BG = '#0b1f2a';
const FG = '#ffffff';
const ACCENT = '#7ee0cf';

export function ProjectorPage({ forumId }: { forumId: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const forum = useForum(forumId);

  useEffect(() => {
    document.title = forum.data ? `${forum.data.title} · ${t('app.name')}` : t('app.name');
  }, [forum.data, t]);

  const data = forum.data;
  const when = data ? [format.date(data.date), data.startTime ? t('forum.timeFrom', { start: data.startTime }) : null].filter(Boolean).join(' · ') : '';
  return (
    <Box
      data-testid="projector"
      style={{ minHeight: '100vh', background: BG, color: FG, display: 'flex', alignItems: 'center', justifyContent: 'center', padding: '4vh 5vw', fontSize: 36, lineHeight: 1.6 }}
    >
      {data ? (
        <Stack align="center" gap="4vh" style={{ textAlign: 'center', width: '100%' }}>
          <Stack gap={8} align="center">
            <Text component="h1" fz="clamp(48px, 5.2vw, 96px)" fw={700} lh={1.35} c={FG} m={0}>
              {data.title}
            </Text>
            <Text fz="clamp(32px, 2.6vw, 48px)" c={FG} lh={1.5}>
              {when}
            </Text>
            {data.venue ? (
              <Text fz="clamp(32px, 2.6vw, 48px)" c={FG} lh={1.5}>
                {data.venue}
              </Text>
            ) : null}
          </Stack>
          <Stack gap={0} align="center" data-testid="projector-counter" aria-live="polite">
            <Text fz="clamp(36px, 3vw, 56px)" c={ACCENT} fw={500} lh={1.5}>
              {t('projector.checkedInLabel')}
            </Text>
            <Text fz="clamp(140px, 16vw, 300px)" fw={700} lh={1.1} c={FG} data-testid="projector-count">
              {format.number(data.checkedInCount)}
            </Text>
            <Text fz="clamp(36px, 3vw, 56px)" c={ACCENT} fw={500} lh={1.5}>
              {t('projector.people')}
            </Text>
          </Stack>
        </Stack>
      ) : (
        <Stack align="center" gap="md" style={{ textAlign: 'center' }}>
          <Text fz={96} fw={700} c={FG}>
            {t('app.name')}
          </Text>
          <Text fz={40} c={ACCENT}>
            {forumId && forum.isError ? t('projector.notFound') : forumId ? '' : t('projector.noForum')}
          </Text>
        </Stack>
      )}
    </Box>
  );
}
