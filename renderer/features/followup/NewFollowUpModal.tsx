/**
 * A new forum that follows up this one (and others, e.g. the village forums behind a tambon
 * plan): its agenda's item 3 lists their resolutions and projects. Or, for a forum already made,
 * record which forums it follows up.
 */
import { Modal, MultiSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/contract';
import { useApi } from '../../api/ApiProvider';
import { navigate } from '../../ui/route';
import { useFormat } from '../../i18n/format';
import { FormFooter } from '../../ui/FormFooter';
import { notifyDone, useNotifyError } from '../../ui/notify';
import { useForums } from '../../api/queries/forums';

type Forum = Output<'forums.get'>;
export type FollowUpAction = 'create' | 'link';

export function NewFollowUpModal({ forum, action, onClose }: { forum: Forum; action: FollowUpAction | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={action !== null} onClose={onClose} size="lg" title={<Text fw={700} size="xl">{action === 'link' ? t('followUp.new.linkTitle') : t('followUp.new.title')}</Text>}>
      {action ? <FollowUpForm forum={forum} action={action} onClose={onClose} /> : null}
    </Modal>
  );
}

function FollowUpForm({ forum, action, onClose }: { forum: Forum; action: FollowUpAction; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const notifyError = useNotifyError();
  const forums = useForums(false);
  const [title, setTitle] = useState(action === 'create' ? t('followUp.new.defaultTitle', { title: forum.title }) : '');
  const [date, setDate] = useState('');
  const [earlier, setEarlier] = useState<string[]>(action === 'create' ? [forum.id] : []);
  const [error, setError] = useState<string | null>(null);
  const options = (forums.data ?? []).filter((f) => action === 'create' || f.id !== forum.id).map((f) => ({ value: f.id, label: `${f.title} (${format.date(f.date, true)})` }));

  const save = useMutation({
    mutationFn: async () => {
      if (action === 'link') {
        await api.followUp.link({ forumId: forum.id, followUpOf: earlier });
        return forum;
      }
      return api.followUp.createForum({
        forum: { title: title.trim(), date, kind: forum.kind, venue: forum.venue, village: forum.village, tambon: forum.tambon, district: forum.district, province: forum.province, organiser: forum.organiser },
        followUpOf: earlier,
      });
    },
    onSuccess: (made) => {
      onClose();
      if (action === 'create') {
        notifyDone(t('followUp.new.created', { title: made.title }));
        navigate({ name: 'forum', forumId: made.id, tab: 'agenda' });
      } else notifyDone(t('followUp.new.linked'));
    },
    onError: notifyError,
  });
  const submit = () => {
    if (earlier.length === 0) return setError(t('followUp.new.pickOne'));
    if (action === 'create' && (!title.trim() || !/^\d{4}-\d{2}-\d{2}$/.test(date))) return setError(t('followUp.new.titleAndDate'));
    setError(null);
    save.mutate();
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={getHotkeyHandler([['mod+Enter', submit]])}
    >
      <Stack gap="sm">
        {action === 'create' ? (
          <SimpleGrid cols={2}>
            <TextInput data-autofocus label={t('followUp.new.forumTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
            <TextInput type="date" label={t('followUp.new.date')} value={date} onChange={(e) => setDate(e.currentTarget.value)} description={/^\d{4}-\d{2}-\d{2}$/.test(date) ? format.date(date) : undefined} />
          </SimpleGrid>
        ) : null}
        <MultiSelect label={t('followUp.new.earlier')} description={t('followUp.new.earlierHint')} data={options} value={earlier} onChange={setEarlier} searchable />
        {error ? (
          <Text c="red.9" role="alert">
            {error}
          </Text>
        ) : null}
        <FormFooter onCancel={onClose} saving={save.isPending} submitLabel={action === 'link' ? t('followUp.new.link') : t('followUp.new.create')} />
      </Stack>
    </form>
  );
}
