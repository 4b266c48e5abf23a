/**
 * Making or editing one project in a side drawer. A project made from a prioritised issue keeps
 * the link to the issue and to the poll (and rank) that put it on the plan.
 */
import { Badge, Button, Drawer, Group, Stack, Text } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider';
import { Keys } from '../../ui/Keys';
import { useFarDateCheck } from '../../ui/useFarDateCheck';
import { notifyDone } from '../../ui/notify';
import { useNotifyApiError } from '../../ui/api-errors';
import { emptyProjectValues, type ProjectFormErrors, type ProjectFormValues, type ProjectOrigin, projectToValues, toProjectFields } from './project-form';
import { ProjectFields } from './ProjectFields';
import type { Project } from '../../api/queries/projects';

/** What the drawer is doing: a new project (blank or from an issue), or editing one. */
export type DrawerTarget = { kind: 'new'; origin: ProjectOrigin | null } | { kind: 'edit'; project: Project };

export function ProjectDrawer({ forumId, target, onClose }: { forumId: string; target: DrawerTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={target !== null}
      onClose={onClose}
      position="right"
      size={620}
      title={
        <Text fw={700} size="xl">
          {target?.kind === 'edit' ? t('plan.form.editTitle') : t('plan.form.newTitle')}
        </Text>
      }
    >
      {target ? <ProjectEditor key={target.kind === 'edit' ? target.project.id : (target.origin?.issueId ?? 'blank')} forumId={forumId} target={target} onClose={onClose} /> : null}
    </Drawer>
  );
}

function ProjectEditor({ forumId, target, onClose }: { forumId: string; target: DrawerTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const onError = useNotifyApiError();
  const [values, setValues] = useState<ProjectFormValues>(() => (target.kind === 'edit' ? projectToValues(target.project) : emptyProjectValues(target.origin)));
  const [errors, setErrors] = useState<ProjectFormErrors>({});
  const dates = useFarDateCheck();
  const set = <K extends keyof ProjectFormValues>(field: K, value: ProjectFormValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    // A mistake once corrected should stop being pointed at; the rest wait for the next save.
    setErrors((e) => ({ ...e, [field]: undefined, ...(field === 'type' ? { requestedFrom: undefined, requestedFromName: undefined } : {}) }));
  };
  const origin = target.kind === 'new' ? target.origin : null;

  const save = useMutation({
    mutationFn: (fields: Extract<ReturnType<typeof toProjectFields>, { fields: unknown }>['fields']) => {
      if (target.kind === 'edit') return api.projects.update({ id: target.project.id, patch: fields });
      if (origin) return api.projects.createFromIssue({ forumId, ...fields, issueId: origin.issueId, pollId: origin.pollId, priorityRank: origin.priorityRank });
      return api.projects.create({ forumId, ...fields });
    },
    onSuccess: (p) => {
      notifyDone(t(target.kind === 'edit' ? 'plan.form.saved' : 'plan.form.created', { title: p.title }));
      onClose();
    },
    onError,
  });

  const submit = () => {
    const result = toProjectFields(values);
    if ('errors' in result) setErrors(result.errors);
    else {
      setErrors({});
      dates.check([result.fields.startDate, result.fields.endDate], () => save.mutate(result.fields));
    }
  };

  const linked = target.kind === 'edit' ? (target.project.issueTitle ? { title: target.project.issueTitle, rank: target.project.priorityRank } : null) : origin ? { title: origin.title, rank: origin.priorityRank } : null;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={getHotkeyHandler([['mod+Enter', submit]])}
    >
      <Stack gap="md">
        {linked ? (
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {t('plan.form.fromIssue')}
            </Text>
            {linked.rank !== null ? <Badge variant="filled">{t('plan.priorityRank', { n: linked.rank })}</Badge> : null}
            <Text size="sm" fw={600}>
              {linked.title}
            </Text>
          </Group>
        ) : null}
        <ProjectFields values={values} errors={errors} set={set} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} rightSection={<Keys combo="Ctrl+Enter" />}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
      {dates.dialog}
    </form>
  );
}
