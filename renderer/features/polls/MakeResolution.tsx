/**
 * "Make resolution" on a closed yes/no or consensus poll: the outcome as a first draft (in Thai,
 * for the minutes), edited here, then recorded as the resolution of the poll's agenda item. When
 * the item already has one from elsewhere, the facilitator chooses to replace it or add this
 * one beside it. Ctrl+Enter in the text saves.
 */
import { Button, Group, Modal, Paper, Stack, Text, Textarea } from '@mantine/core';
import { IconGavel } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../../shared/api-client';
import type { ExistingResolution } from '../../../shared/contract';
import { useApi } from '../../api/ApiProvider';
import { Keys } from '../../ui/Keys';
import { notifyDone } from '../../ui/notify';
import { useNotifyApiError } from '../../ui/api-errors';
import type { Poll, PollResults } from '../../api/queries/polls';
import { ResolutionExistsDialog } from '../../ui/ResolutionExistsDialog';
import { motionDecided, motionResolutionText } from '../../i18n/resolution-text';

export function MakeResolution({ poll, results }: { poll: Poll; results: PollResults }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const onError = useNotifyApiError();
  const [text, setText] = useState<string | null>(null);
  const [existing, setExisting] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (how: ExistingResolution | undefined) => api.polls.recordResolution({ pollId: poll.id, text: text ?? '', ...(how ? { existing: how } : {}) }),
    onSuccess: () => {
      setText(null);
      setExisting(null);
      notifyDone(t('polls.makeResolution.saved'));
    },
    onError: (error) => {
      if (error instanceof ApiCallError && error.error.messageKey === 'poll.resolution_exists') {
        setExisting((error.error.details as { text?: string } | undefined)?.text ?? '');
      } else onError(error);
    },
  });
  if (!results.yesNo && !results.consensus) return null;
  const closed = results.status === 'closed';
  const decided = motionDecided(results);

  return (
    <Paper withBorder radius="md" p="sm" data-testid="make-resolution">
      <Group justify="space-between" wrap="nowrap">
        <Stack gap={0}>
          <Text fw={700}>{t('polls.makeResolution.title')}</Text>
          <Text size="sm" c="dimmed">
            {!closed ? t('polls.makeResolution.closeFirst') : decided ? t('polls.makeResolution.hint') : t('polls.makeResolution.undecided')}
          </Text>
        </Stack>
        <Button leftSection={<IconGavel size={18} />} disabled={!closed || !decided} onClick={() => setText(motionResolutionText(i18n.getFixedT('th'), poll, results))}>
          {t('polls.makeResolution.open')}
        </Button>
      </Group>
      <Modal opened={text !== null && existing === null} onClose={() => setText(null)} title={<Text fw={700} size="lg">{t('polls.makeResolution.title')}</Text>} size="lg">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            e.stopPropagation();
            if (text?.trim()) save.mutate(undefined);
          }}
        >
          <Stack gap="sm">
            <Textarea
              label={t('polls.makeResolution.textLabel')}
              description={t('polls.makeResolution.textHint')}
              autosize
              minRows={4}
              data-autofocus
              value={text ?? ''}
              onChange={(e) => setText(e.currentTarget.value)}
              onKeyDown={(e) => {
                if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
                  e.preventDefault();
                  e.currentTarget.form?.requestSubmit();
                }
              }}
              error={text !== null && text.trim() === '' ? t('polls.makeResolution.empty') : undefined}
              data-testid="resolution-text"
            />
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={() => setText(null)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={save.isPending} disabled={!text?.trim()} rightSection={<Keys combo="Ctrl+Enter" />}>
                {t('polls.makeResolution.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <ResolutionExistsDialog
        opened={existing !== null}
        existing={existing}
        text={text ?? ''}
        loading={save.isPending}
        onReplace={() => save.mutate('replace')}
        onAdd={() => save.mutate('add')}
        onClose={() => setExisting(null)}
      />
    </Paper>
  );
}
