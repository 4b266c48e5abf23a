/**
 * The current speaker for the projector: the name and the clock huge, the time left, who is
 * next. No controls. Over the limit the clock sits on a solid red panel with white type, which
 * the back of the hall sees even when the projector washes colours out. Content only: the
 * projector page puts it in its dark frame.
 */
import { Box, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ACCENT, FG, MUTED, size } from '../../ui/projector-style';
import { useQueue } from '../../api/queries/speakers';
import { formatClock, formatLeft, formatOver, personLabel } from '../../ui/speech-time';
import { useSpeakingNow } from './useSpeakingNow';

/** White on this red is about 7.5:1. */
const OVER_PANEL = '#a30015';
const PAUSED = '#ffd43b';
const NEXT_SHOWN = 3;

export function ProjectorSpeaker({ forumId, showClock = true, showQueue = true }: { forumId: string; showClock?: boolean; showQueue?: boolean }) {
  const { t } = useTranslation();
  const live = useSpeakingNow(forumId);
  const queue = useQueue(forumId);
  const next = (queue.data ?? []).slice(0, NEXT_SHOWN);
  const { speech, overLimit, paused, remainingMs } = live;

  return (
    <Stack
      gap="4vh"
      w="100%"
      align="center"
      style={{ textAlign: 'center' }}
      data-testid="projector-speaker"
      data-state={speech ? (overLimit ? 'over' : speech.state) : 'idle'}
    >
      <Stack gap="1vh" align="center" w="100%">
        <Text fz={size.large} c={paused ? PAUSED : ACCENT} fw={500} lh={1.5}>
          {speech ? (paused ? t('speakers.projector.paused') : t('speakers.projector.speaking')) : t('speakers.projector.nobody')}
        </Text>
        {speech ? (
          <Text component="h1" m={0} fz="clamp(56px, 5.6vw, 112px)" fw={700} lh={1.35} c={FG} style={{ overflowWrap: 'anywhere' }} data-testid="projector-speaker-name">
            {personLabel(speech.person, t('speakers.unattributed'))}
          </Text>
        ) : null}
      </Stack>
      {speech && showClock ? (
        <Box
          px="4vw"
          py="1vh"
          style={{ background: overLimit ? OVER_PANEL : 'transparent', borderRadius: 24, border: overLimit ? `6px solid ${FG}` : '6px solid transparent' }}
        >
          <Text fz={size.huge} fw={700} lh={1.1} c={paused ? PAUSED : FG} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="projector-speech-clock">
            {formatClock(live.durationMs)}
          </Text>
          {remainingMs !== null ? (
            <Text fz={size.large} fw={700} c={overLimit ? FG : ACCENT} lh={1.5} data-testid="projector-speech-status">
              {overLimit ? `⚠ ${t('speakers.projector.over', { time: formatOver(remainingMs) })}` : t('speakers.projector.left', { time: formatLeft(remainingMs) })}
            </Text>
          ) : null}
        </Box>
      ) : null}
      {showQueue && next.length > 0 ? (
        <Text fz={size.body} c={MUTED} lh={1.5} data-testid="projector-next">
          <Text span inherit c={ACCENT} fw={700}>
            {t('speakers.projector.next')}:{' '}
          </Text>
          {next.map((e) => personLabel(e.person, '')).join(' · ')}
        </Text>
      ) : null}
    </Stack>
  );
}
