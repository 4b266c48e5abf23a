/**
 * The agreement form (a new agreement, or the current version of one): purpose and activities,
 * the parties with their roles and schedules, the projects covered, what each party commits, how
 * the partners decide and settle conflicts, data sharing, dates, and who signs. Ctrl+Enter saves.
 */
import { ActionIcon, Button, Divider, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMITMENT_KINDS, type CommitmentKind, DECISION_RULES, type DecisionRule } from '../../../shared/domain/follow-through-vocabulary';
import { useApi } from '../../api/ApiProvider';
import { useFormat } from '../../i18n/format';
import { FormFooter } from '../../ui/FormFooter';
import { notifyDone, useNotifyError } from '../../ui/notify';
import { typeDigits } from '../../ui/digits';
import { useProjects } from '../../api/queries/projects';
import {
  type AgreementErrors,
  type AgreementFormValues,
  type CommitmentValues,
  type SignatoryValues,
  emptyAgreement,
  emptyCommitment,
  valuesToContent,
  versionToValues,
} from './agreement-form';
import { type AgreementVersion, usePartners } from '../../api/queries/agreements';
import { rowKey } from '../../ui/row-key';

export type EditorTarget = { kind: 'new' } | { kind: 'edit'; version: AgreementVersion };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function AgreementEditor({ forumId, target, onClose }: { forumId: string; target: EditorTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      size="min(1100px, 96vw)"
      title={<Text fw={700} size="xl">{target?.kind === 'edit' ? t('agreements.editor.editTitle', { version: target.version.version }) : t('agreements.editor.newTitle')}</Text>}
    >
      {target ? <EditorForm key={target.kind === 'edit' ? target.version.versionId : 'new'} forumId={forumId} target={target} onClose={onClose} /> : null}
    </Modal>
  );
}

function EditorForm({ forumId, target, onClose }: { forumId: string; target: EditorTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const notifyError = useNotifyError();
  const partners = usePartners();
  const projects = useProjects(forumId);
  const [values, setValues] = useState<AgreementFormValues>(() => (target.kind === 'edit' ? versionToValues(target.version) : emptyAgreement()));
  const [errors, setErrors] = useState<AgreementErrors>({});
  const set = <K extends keyof AgreementFormValues>(field: K, value: AgreementFormValues[K]) => setValues((v) => ({ ...v, [field]: value }));
  const err = (path: string) => (errors[path] ? t(`agreements.errors.${errors[path]}`) : undefined);

  const partnerName = new Map((partners.data ?? []).map((p) => [p.id, p.name]));
  const partyOptions = values.parties.map((p) => ({ value: p.partnerId, label: partnerName.get(p.partnerId) ?? p.partnerId }));
  const projectOptions = (projects.data ?? []).map((p) => ({ value: p.id, label: p.title }));

  const save = useMutation({
    mutationFn: (content: NonNullable<ReturnType<typeof valuesToContent>['content']>) =>
      target.kind === 'edit' ? api.agreements.update({ id: target.version.agreementId, content }) : api.agreements.create({ forumId, content }),
    onSuccess: (saved) => {
      notifyDone(t('agreements.editor.saved', { title: saved.title }));
      onClose();
    },
    onError: notifyError,
  });
  const submit = () => {
    const { content, errors: found } = valuesToContent(values);
    setErrors(found);
    if (content) save.mutate(content);
  };

  const setParties = (ids: string[]) =>
    setValues((v) => ({
      ...v,
      parties: ids.map((id) => v.parties.find((p) => p.partnerId === id) ?? { partnerId: id, role: '', schedule: '' }),
      // Commitments and signatories of a party taken off the list go with it.
      commitments: v.commitments.filter((c) => c.partnerId === null || ids.includes(c.partnerId)),
      signatories: v.signatories.filter((s) => s.partnerId === null || ids.includes(s.partnerId)),
    }));
  const setParty = (i: number, field: 'role' | 'schedule', value: string) =>
    setValues((v) => ({ ...v, parties: v.parties.map((p, j) => (j === i ? { ...p, [field]: value } : p)) }));
  const setCommitment = (i: number, patch: Partial<CommitmentValues>) =>
    setValues((v) => ({ ...v, commitments: v.commitments.map((c, j) => (j === i ? { ...c, ...patch } : c)) }));
  const setSignatory = (i: number, patch: Partial<SignatoryValues>) =>
    setValues((v) => ({ ...v, signatories: v.signatories.map((s, j) => (j === i ? { ...s, ...patch } : s)) }));
  const dateField = (field: 'startsOn' | 'endsOn' | 'reviewOn' | 'signedOn') => (
    <TextInput
      type="date"
      label={t(`agreements.field.${field}`)}
      value={values[field]}
      onChange={(e) => set(field, e.currentTarget.value)}
      description={ISO_DATE.test(values[field]) ? format.date(values[field]) : undefined}
      error={err(field)}
    />
  );

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={getHotkeyHandler([['mod+Enter', submit]])}
    >
      <Stack gap="md">
        <TextInput data-autofocus size="md" label={t('agreements.field.title')} placeholder={t('agreements.field.titlePlaceholder')} value={values.title} onChange={(e) => set('title', e.currentTarget.value)} error={err('title')} />
        <SimpleGrid cols={2}>
          <Textarea label={t('agreements.field.purpose')} autosize minRows={2} value={values.purpose} onChange={(e) => set('purpose', e.currentTarget.value)} />
          <Textarea label={t('agreements.field.activities')} description={t('agreements.field.onePerLine')} autosize minRows={2} value={values.activities} onChange={(e) => set('activities', e.currentTarget.value)} />
        </SimpleGrid>

        <Divider label={<Title order={3} fz="lg" c="dark.7">{t('agreements.editor.parties')}</Title>} labelPosition="left" />
        <MultiSelect
          label={t('agreements.field.parties')}
          description={t('agreements.field.partiesHint')}
          data={(partners.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          value={values.parties.map((p) => p.partnerId)}
          onChange={setParties}
          searchable
          nothingFoundMessage={t('agreements.partner.none')}
        />
        {values.parties.map((p, i) => (
          <SimpleGrid key={p.partnerId} cols={2}>
            <TextInput label={t('agreements.field.roleOf', { name: partnerName.get(p.partnerId) ?? '' })} value={p.role} onChange={(e) => setParty(i, 'role', e.currentTarget.value)} />
            <TextInput label={t('agreements.field.scheduleOf', { name: partnerName.get(p.partnerId) ?? '' })} value={p.schedule} onChange={(e) => setParty(i, 'schedule', e.currentTarget.value)} />
          </SimpleGrid>
        ))}
        <MultiSelect label={t('agreements.field.projects')} description={t('agreements.field.projectsHint')} data={projectOptions} value={values.projectIds} onChange={(ids) => set('projectIds', ids)} searchable />

        <Divider label={<Title order={3} fz="lg" c="dark.7">{t('agreements.editor.commitments')}</Title>} labelPosition="left" />
        {values.commitments.length === 0 ? (
          <Text c="gray.7">{t('agreements.editor.noCommitments')}</Text>
        ) : (
          values.commitments.map((c, i) => (
            <Stack key={c.key} gap={6} p="sm" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }} data-testid="commitment-row">
              <Group grow align="flex-start">
                <Select label={t('agreements.field.partner')} data={partyOptions} value={c.partnerId} onChange={(v) => setCommitment(i, { partnerId: v })} error={err(`commitments.${i}.partnerId`)} />
                <Select label={t('agreements.field.project')} data={projectOptions} value={c.projectId} clearable placeholder={t('agreements.field.wholeAgreement')} onChange={(v) => setCommitment(i, { projectId: v })} />
                <Select
                  label={t('agreements.field.kind')}
                  data={COMMITMENT_KINDS.map((k) => ({ value: k, label: t(`agreements.commitmentKind.${k}`) }))}
                  value={c.kind}
                  allowDeselect={false}
                  onChange={(v) => v && setCommitment(i, { kind: v as CommitmentKind })}
                />
              </Group>
              <Group grow align="flex-start">
                <TextInput label={t(c.kind === 'in_kind' ? 'agreements.field.what' : 'agreements.field.description')} value={c.description} onChange={(e) => setCommitment(i, { description: e.currentTarget.value })} error={err(`commitments.${i}.description`)} />
                {c.kind === 'in_kind' ? (
                  <>
                    <TextInput label={t('agreements.field.quantity')} inputMode="decimal" onKeyDown={typeDigits} value={c.quantity} onChange={(e) => setCommitment(i, { quantity: e.currentTarget.value })} error={err(`commitments.${i}.quantity`)} />
                    <TextInput label={t('agreements.field.unit')} value={c.unit} onChange={(e) => setCommitment(i, { unit: e.currentTarget.value })} />
                  </>
                ) : null}
                {c.kind === 'people' ? (
                  <>
                    <TextInput label={t('agreements.field.people')} inputMode="numeric" onKeyDown={typeDigits} value={c.people} onChange={(e) => setCommitment(i, { people: e.currentTarget.value })} error={err(`commitments.${i}.people`)} />
                    <TextInput label={t('agreements.field.days')} inputMode="numeric" onKeyDown={typeDigits} value={c.days} onChange={(e) => setCommitment(i, { days: e.currentTarget.value })} error={err(`commitments.${i}.days`)} />
                  </>
                ) : null}
                <TextInput
                  label={t(c.kind === 'money' ? 'agreements.field.amount' : 'agreements.field.value')}
                  leftSection="฿"
                  inputMode="decimal"
                  onKeyDown={typeDigits}
                  value={c.amount}
                  onChange={(e) => setCommitment(i, { amount: e.currentTarget.value })}
                  error={err(`commitments.${i}.amount`)}
                />
                <Group justify="flex-end" style={{ flexGrow: 0 }} mt={24}>
                  <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('agreements.editor.removeCommitment', { n: i + 1 })} onClick={() => set('commitments', values.commitments.filter((_, j) => j !== i))}>
                    <IconTrash size={18} />
                  </ActionIcon>
                </Group>
              </Group>
            </Stack>
          ))
        )}
        <Group>
          <Button variant="light" leftSection={<IconPlus size={16} />} disabled={values.parties.length === 0} onClick={() => set('commitments', [...values.commitments, emptyCommitment(values.parties[0]?.partnerId ?? null, null)])}>
            {t('agreements.editor.addCommitment')}
          </Button>
        </Group>

        <Divider label={<Title order={3} fz="lg" c="dark.7">{t('agreements.editor.rules')}</Title>} labelPosition="left" />
        <SimpleGrid cols={2}>
          <Select
            label={t('agreements.field.decisionRule')}
            data={DECISION_RULES.map((r) => ({ value: r, label: t(`agreements.decisionRule.${r}`) }))}
            value={values.decisionRule}
            allowDeselect={false}
            onChange={(v) => v && set('decisionRule', v as DecisionRule)}
          />
          {values.decisionRule === 'named_body' ? (
            <TextInput label={t('agreements.field.decisionBody')} placeholder={t('agreements.field.decisionBodyPlaceholder')} value={values.decisionBody} onChange={(e) => set('decisionBody', e.currentTarget.value)} error={err('decisionBody')} />
          ) : (
            <div />
          )}
          <Textarea label={t('agreements.field.conflictResolution')} autosize minRows={2} value={values.conflictResolution} onChange={(e) => set('conflictResolution', e.currentTarget.value)} />
          <Textarea label={t('agreements.field.dataSharing')} autosize minRows={2} value={values.dataSharing} onChange={(e) => set('dataSharing', e.currentTarget.value)} />
        </SimpleGrid>
        <SimpleGrid cols={4}>
          {dateField('startsOn')}
          {dateField('endsOn')}
          {dateField('reviewOn')}
          {dateField('signedOn')}
        </SimpleGrid>
        <TextInput label={t('agreements.field.signedAt')} value={values.signedAt} onChange={(e) => set('signedAt', e.currentTarget.value)} />

        <Divider label={<Title order={3} fz="lg" c="dark.7">{t('agreements.editor.signatories')}</Title>} labelPosition="left" />
        <Text size="sm" c="gray.7">
          {t('agreements.editor.signatoriesHint')}
        </Text>
        {values.signatories.map((s, i) => (
          <Group key={s.key} grow align="flex-start" data-testid="signatory-row">
            <Select
              label={t('agreements.field.signsAs')}
              data={[
                { value: 'party', label: t('agreements.signatoryRole.party') },
                { value: 'witness', label: t('agreements.signatoryRole.witness') },
              ]}
              value={s.role}
              allowDeselect={false}
              onChange={(v) => v && setSignatory(i, { role: v as 'party' | 'witness', partnerId: v === 'witness' ? null : (s.partnerId ?? values.parties[0]?.partnerId ?? null) })}
            />
            {s.role === 'party' ? (
              <Select label={t('agreements.field.forPartner')} data={partyOptions} value={s.partnerId} onChange={(v) => setSignatory(i, { partnerId: v })} error={err(`signatories.${i}.partnerId`)} />
            ) : null}
            <TextInput
              label={t('agreements.field.signatoryName')}
              value={s.name}
              disabled={s.personId !== null}
              description={s.personId !== null ? t('agreements.field.fromRegister') : undefined}
              onChange={(e) => setSignatory(i, { name: e.currentTarget.value })}
            />
            <TextInput label={t('agreements.field.jobTitle')} value={s.jobTitle} onChange={(e) => setSignatory(i, { jobTitle: e.currentTarget.value })} />
            <Group justify="flex-end" style={{ flexGrow: 0 }} mt={24}>
              <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('agreements.editor.removeSignatory', { n: i + 1 })} onClick={() => set('signatories', values.signatories.filter((_, j) => j !== i))}>
                <IconTrash size={18} />
              </ActionIcon>
            </Group>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            disabled={values.parties.length === 0}
            onClick={() =>
              set('signatories', [...values.signatories, { key: rowKey(), role: 'party', partnerId: values.parties.find((p) => !values.signatories.some((s) => s.partnerId === p.partnerId))?.partnerId ?? values.parties[0]?.partnerId ?? null, personId: null, name: '', jobTitle: '' }])
            }
          >
            {t('agreements.editor.addSignatory')}
          </Button>
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => set('signatories', [...values.signatories, { key: rowKey(), role: 'witness', partnerId: null, personId: null, name: '', jobTitle: '' }])}>
            {t('agreements.editor.addWitness')}
          </Button>
        </Group>

        <FormFooter onCancel={onClose} saving={save.isPending} />
      </Stack>
    </form>
  );
}
