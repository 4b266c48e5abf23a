/** Lessons learned (บทเรียน) recorded in this forum: about one project of the plan or the plan as a whole; delete with Undo. */
import { Button, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LESSON_KINDS, type LessonKind } from '../../../shared/domain/follow-through-vocabulary';
import { useApi } from '../../api/ApiProvider';
import { Keys } from '../../ui/Keys';
import { notifyDone, useNotifyError } from '../../ui/notify';
import { type FollowUpView, useLessons } from '../../api/queries/followup';

export function LessonsCard({ forumId, view }: { forumId: string; view: FollowUpView | undefined }) {
  const { t } = useTranslation();
  const api = useApi();
  const notifyError = useNotifyError();
  const lessons = useLessons(forumId);
  const [kind, setKind] = useState<LessonKind>('went_well');
  const [projectId, setProjectId] = useState<string | null>(null);
  const [text, setText] = useState('');
  const add = useMutation({
    mutationFn: () => api.lessons.create({ forumId, kind, projectId, text: text.trim() }),
    onSuccess: () => setText(''),
    onError: notifyError,
  });
  const submit = () => {
    if (text.trim()) add.mutate();
  };
  const remove = (id: string) =>
    api.lessons.delete({ id }).then(
      () => notifyDone(t('followUp.lessons.deleted'), { undo: { label: t('common.undo'), onUndo: () => void api.lessons.restore({ id }).catch(notifyError) } }),
      notifyError,
    );
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={3} fz="xl" mb="sm">
        {t('followUp.lessons.title')}
      </Title>
      <Stack gap="xs">
        {(lessons.data ?? []).map((l) => (
          <Group key={l.id} justify="space-between" wrap="nowrap" align="flex-start" data-testid="lesson">
            <Text>
              <Text span fw={600}>
                {t(`followUp.lessonKind.${l.kind}`)}
              </Text>
              {l.projectTitle ? ` · ${l.projectTitle}` : ''}: {l.text}
            </Text>
            <Button size="compact-sm" variant="subtle" color="red" aria-label={t('followUp.lessons.deleteNamed', { text: l.text })} onClick={() => void remove(l.id)}>
              <IconTrash size={16} />
            </Button>
          </Group>
        ))}
        {lessons.data?.length === 0 ? <Text c="gray.7">{t('followUp.lessons.empty')}</Text> : null}
        <Group grow align="flex-start">
          <Select
            label={t('followUp.lessons.kind')}
            data={LESSON_KINDS.map((k) => ({ value: k, label: t(`followUp.lessonKind.${k}`) }))}
            value={kind}
            allowDeselect={false}
            onChange={(v) => v && setKind(v as LessonKind)}
          />
          <Select
            label={t('followUp.lessons.about')}
            placeholder={t('followUp.lessons.wholePlan')}
            data={(view?.projects ?? []).map((p) => ({ value: p.projectId, label: p.title }))}
            value={projectId}
            clearable
            onChange={setProjectId}
          />
        </Group>
        <Textarea
          label={t('followUp.lessons.text')}
          autosize
          minRows={2}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          onKeyDown={getHotkeyHandler([['mod+Enter', submit]])}
        />
        <Group>
          <Button onClick={submit} loading={add.isPending} disabled={!text.trim()} rightSection={<Keys combo="Ctrl+Enter" />}>
            {t('followUp.lessons.add')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
