/**
 * Who has the floor, large: name, a clock ticking every second, the time left or how far over
 * the limit (colour and words, so it reads on a washed-out screen too), and the controls with
 * their one-key shortcuts.
 */
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconPlayerPause, IconPlayerPlay, IconPlayerSkipForward, IconPlayerStop } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Keys } from '../../ui/Keys';
import type { QueueEntry } from '../../api/queries/speakers';
import { formatClock, formatLeft, formatOver, personLabel } from '../../ui/speech-time';
import { TimeLimitSelect } from './TimeLimitSelect';
import type { LiveSpeech } from './useSpeakingNow';

interface Props {
  live: LiveSpeech;
  next: QueueEntry | undefined;
  onNext: () => void;
  onPauseResume: () => void;
  onStop: () => void;
  onTimeLimit: (seconds: number | null) => void;
}

export function CurrentSpeaker({ live, next, onNext, onPauseResume, onStop, onTimeLimit }: Props) {
  const { t } = useTranslation();
  const { speech, overLimit, paused } = live;
  const tone = overLimit ? 'red' : paused ? 'orange' : 'wethi';
  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      data-testid="current-speaker"
      data-state={speech ? (overLimit ? 'over' : speech.state) : 'idle'}
      style={{
        borderWidth: overLimit ? 3 : 1,
        borderColor: overLimit ? 'var(--mantine-color-red-7)' : undefined,
        background: overLimit ? 'var(--mantine-color-red-0)' : undefined,
      }}
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="lg">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Group gap="xs">
              <Text c="dimmed" fz="lg">
                {t('speakers.current.label')}
              </Text>
              {paused ? (
                <Badge color="orange" size="lg" variant="filled">
                  {t('speakers.current.paused')}
                </Badge>
              ) : null}
            </Group>
            <Text fz={36} fw={700} lh={1.4} data-testid="current-speaker-name" style={{ overflowWrap: 'anywhere' }}>
              {speech ? personLabel(speech.person, t('speakers.unattributed')) : t('speakers.current.nobody')}
            </Text>
          </Stack>
          {speech ? <Clock live={live} tone={tone} /> : null}
        </Group>
        <Group justify="space-between" gap="sm">
          <Group gap="sm">
            <Button
              size="md"
              onClick={onNext}
              leftSection={<IconPlayerSkipForward size={20} />}
              rightSection={<Keys combo="N" />}
              data-testid="next-speaker"
            >
              {next ? t('speakers.current.nextIs', { name: personLabel(next.person, '') }) : speech ? t('speakers.current.endNoNext') : t('speakers.current.queueEmpty')}
            </Button>
            {speech ? (
              <>
                <Button
                  size="md"
                  variant="light"
                  color={paused ? 'wethi' : 'orange'}
                  onClick={onPauseResume}
                  leftSection={paused ? <IconPlayerPlay size={20} /> : <IconPlayerPause size={20} />}
                  rightSection={<Keys combo="P" />}
                >
                  {paused ? t('speakers.current.resume') : t('speakers.current.pause')}
                </Button>
                <Button size="md" variant="default" onClick={onStop} leftSection={<IconPlayerStop size={20} />} rightSection={<Keys combo="S" />}>
                  {t('speakers.current.stop')}
                </Button>
              </>
            ) : null}
          </Group>
          <TimeLimitSelect seconds={live.limitSeconds} onChange={onTimeLimit} />
        </Group>
      </Stack>
    </Paper>
  );
}

function Clock({ live, tone }: { live: LiveSpeech; tone: string }) {
  const { t } = useTranslation();
  const remaining = live.remainingMs;
  return (
    <Stack gap={0} align="flex-end" style={{ flexShrink: 0 }} aria-live="off">
      <Text fz={64} fw={700} lh={1.1} c={`${tone}.8`} data-testid="speech-clock" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {formatClock(live.durationMs)}
      </Text>
      {remaining === null ? (
        <Text c="dimmed">{t('speakers.current.noLimit')}</Text>
      ) : live.overLimit ? (
        <Group gap={6} c="red.8" data-testid="over-limit">
          <IconAlertTriangle size={22} />
          <Text fw={700} fz="lg" c="red.8">
            {t('speakers.current.over', { time: formatOver(remaining) })}
          </Text>
        </Group>
      ) : (
        <Text fz="lg">{t('speakers.current.left', { time: formatLeft(remaining) })}</Text>
      )}
    </Stack>
  );
}
