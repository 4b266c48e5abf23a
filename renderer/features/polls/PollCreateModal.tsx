/**
 * A new poll: what is decided, the method with its rules, the options, who votes and the tie
 * rule, all settled before it opens. "Save and open" starts the vote at once, since a facilitator
 * usually makes the poll the moment the room is ready to vote.
 */
import { Button, Divider, Group, Modal, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input } from '../../../shared/contract';
import { useApi } from '../../api/ApiProvider';
import { Keys } from '../../ui/Keys';
import { notifyDone } from '../../ui/notify';
import { AgendaItemField } from './AgendaItemField';
import { EligibilityField } from './EligibilityField';
import { MethodPicker } from './MethodPicker';
import { OptionsField } from './OptionsField';
import { draftToPatch, emptyPollValues, type PollFormErrors, type PollFormValues, pollToValues, type TieRuleCode, takesOptions, toPollDraft } from './poll-form';
import { useNotifyApiError } from '../../ui/api-errors';
import type { Poll } from '../../api/queries/polls';
import { RulesFields } from './RulesFields';
import { TieRuleField } from './TieRuleField';

interface Props {
  forumId: string;
  checkedIn: number;
  opened: boolean;
  /** A draft to change instead of making a new poll. */
  editing?: Poll;
  /** The forum's default tie rule, which a new poll starts with. */
  defaultTieRule?: TieRuleCode;
  onClose: () => void;
  onCreated: (poll: Poll) => void;
}

export function PollCreateModal({ opened, onClose, ...rest }: Props) {
  const { t } = useTranslation();
  const title = rest.editing ? t('polls.form.editTitle') : t('polls.form.title');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size={920}
      title={
        <Text fw={700} size="xl">
          {title}
        </Text>
      }
      scrollAreaComponent={ScrollArea.Autosize}
    >
      {opened ? <PollForm onClose={onClose} {...rest} /> : null}
    </Modal>
  );
}

function PollForm({ forumId, checkedIn, editing, defaultTieRule, onClose, onCreated }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const api = useApi();
  const onError = useNotifyApiError();
  const [values, setValues] = useState<PollFormValues>(() => (editing ? pollToValues(t, editing) : emptyPollValues(t, defaultTieRule)));
  const [errors, setErrors] = useState<PollFormErrors>({});
  const set = <K extends keyof PollFormValues>(field: K, value: PollFormValues[K]) => setValues((v) => ({ ...v, [field]: value }));

  const create = useMutation({
    mutationFn: async ({ draft, open }: { draft: Input<'polls.create'>; open: boolean }) => {
      const poll = editing ? await api.polls.update({ id: editing.id, patch: draftToPatch(draft) }) : await api.polls.create(draft);
      return open ? api.polls.open({ id: poll.id }) : poll;
    },
    onSuccess: (poll) => {
      notifyDone(t(poll.status === 'open' ? 'polls.form.createdOpen' : editing ? 'polls.form.saved' : 'polls.form.created', { title: poll.title }));
      onCreated(poll);
      onClose();
    },
    onError,
  });

  const submit = (open: boolean) => {
    const result = toPollDraft(values, forumId);
    if ('errors' in result) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    create.mutate({ draft: result.draft, open });
  };

  return (
    <form
      // Enter in a field must not start a vote by accident: only the button or Ctrl+Enter does.
      onSubmit={(e) => e.preventDefault()}
      onKeyDown={getHotkeyHandler([['mod+Enter', () => submit(true)]])}
    >
      <Stack gap="md">
        <TextInput
          data-autofocus
          size="md"
          label={t('polls.form.question')}
          description={values.method === 'yes_no' ? t('polls.form.motionHint') : t('polls.form.questionHint')}
          value={values.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={errors.title ? t(`polls.form.errors.${errors.title}`) : undefined}
        />
        <AgendaItemField forumId={forumId} value={values.agendaItemId} onChange={(id) => set('agendaItemId', id)} />
        <MethodPicker value={values.method} onChange={(m) => set('method', m)} />
        <RulesFields values={values} errors={errors} checkedIn={checkedIn} set={set} />
        {takesOptions(values.method) ? (
          <>
            <Divider label={t('polls.form.options')} labelPosition="left" />
            <OptionsField
              forumId={forumId}
              issueIds={values.issueIds}
              freeText={values.freeText}
              error={errors.options ? t(`polls.form.errors.${errors.options}`) : undefined}
              onIssues={(ids) => set('issueIds', ids)}
              onFreeText={(text) => set('freeText', text)}
            />
          </>
        ) : null}
        <Divider />
        <EligibilityField
          forumId={forumId}
          kind={values.eligibility}
          groupId={values.groupId}
          personIds={values.personIds}
          groupError={errors.groupId ? t(`polls.form.errors.${errors.groupId}`) : undefined}
          listError={errors.personIds ? t(`polls.form.errors.${errors.personIds}`) : undefined}
          onKind={(k) => set('eligibility', k)}
          onGroup={(g) => set('groupId', g)}
          onPeople={(ids) => set('personIds', ids)}
        />
        <TieRuleField rule={values.tieRule} seed={values.seed} seedError={errors.seed} onRule={(r) => set('tieRule', r)} onSeed={(s) => set('seed', s)} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button variant="light" loading={create.isPending} onClick={() => submit(false)}>
            {t('polls.form.saveDraft')}
          </Button>
          <Button loading={create.isPending} onClick={() => submit(true)} rightSection={<Keys combo="Ctrl+Enter" />}>
            {t('polls.form.saveOpen')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
