/**
 * "Now speaking" for the note pane: gives the floor to a person (or to someone unnamed with
 * null) without the queue, so every speech is on record for the equity figures. While that
 * person speaks the button shows their clock instead.
 */
import { Button, type ButtonProps } from '@mantine/core';
import { IconMicrophone } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider';
import { useNotifyError } from '../../ui/notify';
import { speakerKeys } from '../../api/queries/speakers';
import { formatClock } from '../../ui/speech-time';
import { useSpeakingNow } from './useSpeakingNow';

interface Props extends Pick<ButtonProps, 'size' | 'variant'> {
  forumId: string;
  personId: string | null;
}

export function NowSpeakingButton({ forumId, personId, size = 'sm', variant = 'light' }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const client = useQueryClient();
  const onError = useNotifyError();
  const live = useSpeakingNow(forumId);
  const start = useMutation({
    mutationFn: () => api.speakers.start({ forumId, personId }),
    onSuccess: () => void client.invalidateQueries({ queryKey: speakerKeys.all(forumId) }),
    onError,
  });
  const speaking = live.speech !== null && (live.speech.person?.id ?? null) === personId;
  return (
    <Button
      size={size}
      variant={speaking ? 'filled' : variant}
      color={speaking && live.overLimit ? 'red' : undefined}
      leftSection={<IconMicrophone size={18} />}
      loading={start.isPending}
      onClick={() => start.mutate()}
      aria-pressed={speaking}
      data-testid="now-speaking"
    >
      {speaking ? t('speakers.nowSpeaking.speaking', { time: formatClock(live.durationMs) }) : t('speakers.nowSpeaking.button')}
    </Button>
  );
}
