/**
 * The poll's title, method, rules and tie rule (stated up front, as they will be in the minutes),
 * and what can be done next: open, close, reopen, put it on the projector.
 */
import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconDeviceDesktop, IconEye, IconLock, IconLockOpen, IconPencil, IconPlayerPlay, IconTrash } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useAgenda } from '../../api/queries/agenda';
import { PollCreateModal } from './PollCreateModal';
import { modeOf, usePollText } from '../../i18n/poll-text';
import { PollStatusBadge } from './PollStatusBadge';
import { ProjectorPollPreview } from './ProjectorPollPreview';
import type { Poll } from '../../api/queries/polls';
import { usePollActions } from './usePollActions';

function rulesText(t: TFunction, poll: Poll): string | null {
  switch (poll.method) {
    case 'yes_no':
      return [t(`polls.majority.${poll.rules.majority}`), poll.rules.quorum > 0 ? t('polls.rules.quorum', { n: poll.rules.quorum }) : t('polls.rules.noQuorum')].join(' · ');
    case 'approval':
      if (poll.rules.mode === 'dots') return t('polls.rules.dots', { n: poll.rules.dotsPerParticipant ?? 0 });
      return poll.rules.maxApprovals ? t('polls.rules.maxApprovals', { n: poll.rules.maxApprovals }) : null;
    case 'score_matrix':
      return t('polls.rules.matrix', {
        min: poll.rules.scale.min,
        max: poll.rules.scale.max,
        criteria: poll.rules.criteria.map((c) => (c.weight === 1 ? c.name : `${c.name} ×${c.weight}`)).join(', '),
      });
    case 'consensus':
      return t('polls.rules.consensus', { n: poll.rules.minimum });
    default:
      return null;
  }
}

export function PollHeader({ poll, onDeleted }: { poll: Poll; onDeleted: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = usePollText();
  const actions = usePollActions(poll, onDeleted);
  const [confirmDelete, del] = useDisclosure(false);
  const [preview, previewing] = useDisclosure(false);
  const [editOpen, edit] = useDisclosure(false);
  const busy = actions.step.isPending;
  const agenda = useAgenda(poll.forumId);
  const item = agenda.data?.items.find((i) => i.id === poll.agendaItemId);
  const who =
    poll.eligibility.kind === 'group'
      ? t('polls.eligibility.groupNamed', { name: poll.eligibility.groupName ?? '—', n: poll.eligibleCount })
      : poll.eligibility.kind === 'list'
        ? t('polls.eligibility.listCount', { n: poll.eligibleCount })
        : t('polls.eligibility.checkedInCount', { n: poll.eligibleCount });
  const rules = rulesText(t, poll);

  return (
    <Stack gap={6}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2} fz={26} data-testid="poll-title">
              {poll.title}
            </Title>
            <PollStatusBadge status={poll.status} size="lg" data-testid="poll-status" />
          </Group>
          <Group gap="xs">
            <Badge variant="outline" size="lg">
              {text.method(poll.method, modeOf(poll))}
            </Badge>
            <Text c="dimmed">{[rules, who].filter(Boolean).join(' · ')}</Text>
          </Group>
          <Text size="sm" data-testid="poll-agenda-item">
            <Text span fw={600}>
              {t('polls.agendaItem.label')}
            </Text>{' '}
            {item ? `${item.number}. ${item.title}` : poll.agendaItemId ? '…' : t('polls.agendaItem.none')}
          </Text>
          <Text size="sm" data-testid="poll-tie-rule">
            <Text span fw={600}>
              {t('polls.tieRule.label')}
            </Text>{' '}
            {text.tieRule(poll.tieRule)}
          </Text>
          {poll.openedAt ? (
            <Text size="sm" c="dimmed">
              {poll.closedAt ? t('polls.closedAt', { when: format.dateTime(poll.closedAt) }) : t('polls.openedAt', { when: format.dateTime(poll.openedAt) })}
            </Text>
          ) : null}
        </Stack>
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
          {poll.status === 'draft' ? (
            <>
              <Button variant="subtle" color="red" leftSection={<IconTrash size={18} />} onClick={del.open}>
                {t('common.delete')}
              </Button>
              <Button variant="default" leftSection={<IconPencil size={18} />} onClick={edit.open}>
                {t('polls.actions.edit')}
              </Button>
              <Button leftSection={<IconPlayerPlay size={18} />} loading={busy} onClick={() => actions.step.mutate('open')}>
                {t('polls.actions.open')}
              </Button>
            </>
          ) : (
            <>
              <Button variant="subtle" leftSection={<IconEye size={18} />} onClick={previewing.open}>
                {t('polls.actions.preview')}
              </Button>
              <Button variant="light" leftSection={<IconDeviceDesktop size={18} />} loading={actions.project.isPending} onClick={() => actions.project.mutate()}>
                {t('polls.actions.project')}
              </Button>
              {poll.status === 'open' ? (
                <Button color="blue" leftSection={<IconLock size={18} />} loading={busy} onClick={() => actions.step.mutate('close')}>
                  {t('polls.actions.close')}
                </Button>
              ) : (
                <Button variant="default" leftSection={<IconLockOpen size={18} />} loading={busy} onClick={() => actions.step.mutate('reopen')}>
                  {t('polls.actions.reopen')}
                </Button>
              )}
            </>
          )}
        </Group>
      </Group>
      <ConfirmDialog
        opened={confirmDelete}
        title={t('polls.actions.deleteTitle')}
        confirmLabel={t('common.delete')}
        danger
        loading={actions.remove.isPending}
        onConfirm={() => actions.remove.mutate()}
        onClose={del.close}
      >
        {t('polls.actions.deleteBody', { title: poll.title })}
      </ConfirmDialog>
      {poll.status === 'draft' ? (
        <PollCreateModal forumId={poll.forumId} checkedIn={poll.eligibleCount} opened={editOpen} editing={poll} onClose={edit.close} onCreated={() => undefined} />
      ) : null}
      <ProjectorPollPreview forumId={poll.forumId} pollId={poll.id} opened={preview} onClose={previewing.close} />
    </Stack>
  );
}
