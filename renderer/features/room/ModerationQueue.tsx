/**
 * What phones sent: problems (with cause and need), ideas and questions, newest first. Accept
 * into the forum's issues (a new issue, or merged into one already listed), edit first, or hide.
 */
import { Badge, Button, Card, Group, Modal, SegmentedControl, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconPresentation } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider';
import { useFormat } from '../../i18n/format';
import { useNotifyError } from '../../ui/notify';
import { useIssues } from '../../api/queries/issues';
import { type RoomSubmission, useSubmissions } from '../../api/queries/room';

type Tab = 'pending' | 'accepted' | 'hidden';

export function ModerationQueue({ forumId }: { forumId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const onError = useNotifyError();
  const [tab, setTab] = useState<Tab>('pending');
  const list = useSubmissions(forumId, tab);
  const project = useMutation({ mutationFn: () => api.projector.set({ forumId, view: { mode: 'room', show: 'accepted' } }), onError });
  return (
    <Card withBorder padding="lg">
      <Group justify="space-between" mb="sm">
        <Title order={3}>{t('room.queue.title')}</Title>
        <SegmentedControl value={tab} onChange={(v) => setTab(v as Tab)} data={(['pending', 'accepted', 'hidden'] as const).map((v) => ({ value: v, label: t(`room.queue.tabs.${v}`) }))} />
      </Group>
      {tab === 'accepted' && (list.data ?? []).length > 0 ? (
        <Button mb="sm" variant="light" leftSection={<IconPresentation size={18} />} onClick={() => project.mutate()} data-testid="room-show-accepted">
          {t('room.queue.showAccepted')}
        </Button>
      ) : null}
      <Stack gap="sm" data-testid="room-queue">
        {(list.data ?? []).length === 0 ? <Text c="dimmed">{t(`room.queue.empty.${tab}`)}</Text> : null}
        {(list.data ?? []).map((s) => (
          <SubmissionCard key={s.id} submission={s} />
        ))}
      </Stack>
    </Card>
  );
}

function SubmissionCard({ submission: s }: { submission: RoomSubmission }) {
  const { t } = useTranslation();
  const api = useApi();
  const onError = useNotifyError();
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const [merging, setMerging] = useState(false);
  const accept = useMutation({ mutationFn: (intoIssueId?: string) => api.room.acceptSubmission({ id: s.id, ...(intoIssueId ? { intoIssueId } : {}) }), onError });
  const hide = useMutation({ mutationFn: (hidden: boolean) => api.room.hideSubmission({ id: s.id, hidden }), onError });
  const isIssue = s.kind === 'issue' || s.kind === 'idea';
  return (
    <Card withBorder padding="sm" data-submission={s.id}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Badge variant="light">{t(`room.kinds.${s.kind}`)}</Badge>
            <Text size="sm" c="dimmed">
              {[s.author ?? t('room.queue.anonymous'), format.time(s.createdAt)].join(' · ')}
            </Text>
          </Group>
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {s.text}
          </Text>
          {s.cause ? <Text size="sm">{t('room.queue.cause', { text: s.cause })}</Text> : null}
          {s.need ? <Text size="sm">{t('room.queue.need', { text: s.need })}</Text> : null}
        </Stack>
        <Group gap={6} wrap="nowrap">
          {s.status === 'pending' ? (
            <>
              <Button size="compact-md" onClick={() => accept.mutate(undefined)} loading={accept.isPending}>
                {isIssue ? t('room.queue.accept') : t('room.queue.acceptQuestion')}
              </Button>
              {isIssue ? (
                <Button size="compact-md" variant="light" onClick={() => setMerging(true)}>
                  {t('room.queue.merge')}
                </Button>
              ) : null}
              <Button size="compact-md" variant="default" onClick={() => setEditing(true)}>
                {t('room.queue.edit')}
              </Button>
            </>
          ) : null}
          <Button size="compact-md" variant="subtle" color={s.status === 'hidden' ? undefined : 'red'} onClick={() => hide.mutate(s.status !== 'hidden')}>
            {s.status === 'hidden' ? t('room.queue.unhide') : t('room.queue.hide')}
          </Button>
        </Group>
      </Group>
      {editing ? <EditModal submission={s} onClose={() => setEditing(false)} /> : null}
      {merging ? <MergeModal submission={s} onClose={() => setMerging(false)} onMerge={(id) => accept.mutate(id, { onSuccess: () => setMerging(false) })} /> : null}
    </Card>
  );
}

function EditModal({ submission: s, onClose }: { submission: RoomSubmission; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const onError = useNotifyError();
  const [text, setText] = useState(s.text);
  const [cause, setCause] = useState(s.cause ?? '');
  const [need, setNeed] = useState(s.need ?? '');
  const save = useMutation({ mutationFn: () => api.room.editSubmission({ id: s.id, patch: { text, cause, need } }), onSuccess: onClose, onError });
  return (
    <Modal opened onClose={onClose} title={t('room.queue.edit')} size="lg">
      <Stack>
        <Textarea label={t(`room.kinds.${s.kind}`)} value={text} onChange={(e) => setText(e.currentTarget.value)} autosize minRows={2} data-autofocus />
        {s.kind === 'issue' ? (
          <>
            <TextInput label={t('room.queue.causeLabel')} value={cause} onChange={(e) => setCause(e.currentTarget.value)} />
            <TextInput label={t('room.queue.needLabel')} value={need} onChange={(e) => setNeed(e.currentTarget.value)} />
          </>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => save.mutate()} loading={save.isPending} disabled={text.trim() === ''}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function MergeModal({ submission: s, onClose, onMerge }: { submission: RoomSubmission; onClose: () => void; onMerge: (issueId: string) => void }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string | null>(null);
  const issues = (useIssues(s.forumId).data ?? []).map((i) => ({ value: i.id, label: i.title }));
  return (
    <Modal opened onClose={onClose} title={t('room.queue.mergeTitle')} size="lg">
      <Stack>
        <Text>{s.text}</Text>
        <Select label={t('room.queue.mergeInto')} data={issues} value={chosen} onChange={setChosen} searchable data-autofocus />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button disabled={!chosen} onClick={() => chosen && onMerge(chosen)}>
            {t('room.queue.merge')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
