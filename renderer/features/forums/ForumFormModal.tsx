/** Create or edit a forum. Ctrl+Enter (or Enter in a text box) saves, Esc closes. */
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../../shared/api-client';
import type { Output } from '../../../shared/contract';
import { useApi } from '../../api/ApiProvider';
import { Keys } from '../../ui/Keys';
import { useFarDateCheck } from '../../ui/useFarDateCheck';
import { notifyDone, useNotifyError } from '../../ui/notify';
import { emptyForumValues, type ForumErrors, type ForumField, type ForumFormValues, fieldsFromDetails, forumToValues, validateForum, valuesToDraft } from './forum-form';
import { ForumFormFields } from './ForumFormFields';

type Forum = Output<'forums.get'>;

interface Props {
  opened: boolean;
  /** The forum to edit; null creates a new one. */
  forum: Forum | null;
  onClose: () => void;
  onSaved?: (forum: Forum, created: boolean) => void;
}

export function ForumFormModal({ opened, forum, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="min(920px, 96vw)"
      title={<Text fw={700} size="xl">{forum ? t('forumForm.editTitle') : t('forumForm.createTitle')}</Text>}
    >
      {/* Keyed so reopening starts from the forum's current values. */}
      {opened ? <ForumForm key={forum?.id ?? 'new'} forum={forum} onClose={onClose} onSaved={onSaved} /> : null}
    </Modal>
  );
}

function ForumForm({ forum, onClose, onSaved }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const api = useApi();
  const notifyError = useNotifyError();
  const [values, setValues] = useState<ForumFormValues>(() => (forum ? forumToValues(forum) : emptyForumValues()));
  const [errors, setErrors] = useState<ForumErrors>({});
  const dates = useFarDateCheck();

  const save = useMutation({
    mutationFn: (v: ForumFormValues) => {
      const draft = valuesToDraft(v);
      return forum ? api.forums.update({ id: forum.id, patch: draft }) : api.forums.create(draft);
    },
    onSuccess: (saved) => {
      notifyDone(forum ? t('forumForm.updated', { title: saved.title }) : t('forumForm.created', { title: saved.title }));
      onSaved?.(saved, !forum);
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiCallError && error.error.code === 'validation') {
        const fields = fieldsFromDetails(error.error.details);
        if (fields.length > 0) {
          setErrors(Object.fromEntries(fields.map((f) => [f, 'forumForm.errors.invalid'])));
          return;
        }
      }
      notifyError(error);
    },
  });

  const submit = () => {
    const found = validateForum(values);
    setErrors(found);
    if (Object.keys(found).length === 0) dates.check([values.date], () => save.mutate(values));
  };
  const onChange = <F extends ForumField>(field: F, value: ForumFormValues[F]) => {
    setValues((v) => ({ ...v, [field]: value }));
    if (errors[field]) setErrors(({ [field]: _, ...rest }) => rest as ForumErrors);
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={getHotkeyHandler([['mod+Enter', submit]])}
    >
      <Stack gap="lg">
        <ForumFormFields values={values} errors={errors} onChange={onChange} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} rightSection={<Keys combo="Esc" />}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} rightSection={<Keys combo="Ctrl+Enter" />}>
            {forum ? t('common.save') : t('forumForm.create')}
          </Button>
        </Group>
      </Stack>
      {dates.dialog}
    </form>
  );
}
