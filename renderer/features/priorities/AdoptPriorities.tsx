/**
 * "Adopt as the forum's priority list" on a closed poll: shows the resolution that will be
 * recorded (in Thai, for the minutes), then sets the list. When the agenda item already has a
 * resolution from elsewhere the facilitator chooses: replace it, or keep it and add the list's
 * resolution as a further one (ResolutionExistsDialog).
 */
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconListNumbers } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../../shared/api-client';
import { useApi } from '../../api/ApiProvider';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { notifyDone } from '../../ui/notify';
import { useNotifyApiError } from '../../ui/api-errors';
import { type Poll, type PollResults, usePriorities } from '../../api/queries/polls';
import { ResolutionExistsDialog } from '../../ui/ResolutionExistsDialog';
import { adoptedItems, resolutionText } from '../../i18n/resolution-text';

export function AdoptPriorities({ poll, results }: { poll: Poll; results: PollResults }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const onError = useNotifyApiError();
  const priorities = usePriorities(poll.forumId);
  const [step, setStep] = useState<'closed' | 'confirm' | 'exists'>('closed');
  const [existing, setExisting] = useState<string | null>(null);
  const text = resolutionText(i18n.getFixedT('th'), poll, results);
  const adopt = useMutation({
    mutationFn: (how: 'new' | 'replace' | 'add') =>
      api.priorities.adoptFromPoll({ pollId: poll.id, resolutionText: text, replaceResolution: how === 'replace', addResolution: how === 'add' }),
    onSuccess: (list, how) => {
      setStep('closed');
      notifyDone(t(how === 'add' ? 'polls.priorities.adoptedAdded' : 'polls.priorities.adopted', { n: list.items.length }));
    },
    onError: (error) => {
      if (error instanceof ApiCallError && error.error.messageKey === 'priorities.resolution_exists') {
        setExisting((error.error.details as { text?: string } | undefined)?.text ?? null);
        setStep('exists');
      } else {
        setStep('closed');
        onError(error);
      }
    },
  });

  const ranks = results.ranking.length > 0 && results.method !== 'yes_no' && results.method !== 'consensus';
  if (!ranks || adoptedItems(poll, results).length === 0) return null;
  const source = priorities.data?.source;
  const adoptedHere = source?.kind === 'poll' && source.pollId === poll.id;
  const undecided = results.winners.length === 0;

  return (
    <Paper withBorder radius="md" p="sm" bg={adoptedHere ? 'wethi.0' : undefined} data-testid="adopt-priorities">
      <Group justify="space-between" wrap="nowrap">
        <Stack gap={0}>
          <Text fw={700}>{adoptedHere ? t('polls.priorities.isAdopted') : t('polls.priorities.adoptTitle')}</Text>
          <Text size="sm" c="dimmed">
            {results.status !== 'closed' ? t('polls.priorities.closeFirst') : undecided ? t('polls.priorities.undecided') : t('polls.priorities.adoptHint')}
          </Text>
        </Stack>
        <Button
          leftSection={<IconListNumbers size={18} />}
          variant={adoptedHere ? 'light' : 'filled'}
          disabled={results.status !== 'closed' || undecided}
          onClick={() => setStep('confirm')}
        >
          {adoptedHere ? t('polls.priorities.adoptAgain') : t('polls.priorities.adopt')}
        </Button>
      </Group>
      <ResolutionExistsDialog
        opened={step === 'exists'}
        existing={existing}
        text={text}
        loading={adopt.isPending}
        onReplace={() => adopt.mutate('replace')}
        onAdd={() => adopt.mutate('add')}
        onClose={() => setStep('closed')}
      />
      <ConfirmDialog
        opened={step === 'confirm'}
        title={t('polls.priorities.confirmTitle')}
        confirmLabel={t('polls.priorities.adopt')}
        loading={adopt.isPending}
        onConfirm={() => adopt.mutate('new')}
        onClose={() => setStep('closed')}
      >
        <Stack gap="xs">
          <Text>{t('polls.priorities.confirmBody')}</Text>
          <Paper withBorder p="sm" bg="gray.0">
            <Text style={{ whiteSpace: 'pre-line' }} data-testid="resolution-preview">
              {text}
            </Text>
          </Paper>
        </Stack>
      </ConfirmDialog>
    </Paper>
  );
}
