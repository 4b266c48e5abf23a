/** Create or edit a partner: name, kind, sector, and a contact who is a participant of this forum or typed in. */
import { Modal, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName } from '../../../shared/domain/thai-text';
import { PARTNER_KINDS, type PartnerKind } from '../../../shared/domain/follow-through-vocabulary';
import { SECTORS, type Sector } from '../../../shared/domain/vocabulary';
import { useApi } from '../../api/ApiProvider';
import { keys } from '../../api/query-keys';
import { FormFooter } from '../../ui/FormFooter';
import { notifyDone, useNotifyError } from '../../ui/notify';
import type { Partner } from '../../api/queries/agreements';

interface Props {
  forumId: string;
  /** The partner to edit, 'new' for a new one, null when closed. */
  partner: Partner | 'new' | null;
  onClose: () => void;
  onSaved?: (partner: Partner) => void;
}

export function PartnerModal({ forumId, partner, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={partner !== null} onClose={onClose} size="lg" title={<Text fw={700} size="xl">{partner === 'new' ? t('agreements.partner.newTitle') : t('agreements.partner.editTitle')}</Text>}>
      {partner !== null ? <PartnerForm key={partner === 'new' ? 'new' : partner.id} forumId={forumId} partner={partner === 'new' ? null : partner} onClose={onClose} onSaved={onSaved} /> : null}
    </Modal>
  );
}

function PartnerForm({ forumId, partner, onClose, onSaved }: { forumId: string; partner: Partner | null; onClose: () => void; onSaved?: (p: Partner) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notifyError = useNotifyError();
  const attendees = useQuery({ queryKey: keys.attendance(forumId), queryFn: () => api.attendance.list({ forumId }) });
  const [name, setName] = useState(partner?.name ?? '');
  const [kind, setKind] = useState<PartnerKind>(partner?.kind ?? 'local_government');
  const [sector, setSector] = useState<Sector | null>(partner?.sector ?? null);
  const [linked, setLinked] = useState(partner ? partner.contactPersonId !== null : false);
  const [personId, setPersonId] = useState<string | null>(partner?.contactPersonId ?? null);
  const [contactName, setContactName] = useState(partner?.contactName ?? '');
  const [contactPhone, setContactPhone] = useState(partner?.contactPhone ?? '');
  const [contactPosition, setContactPosition] = useState(partner?.contactPosition ?? '');
  const [address, setAddress] = useState(partner?.address ?? '');
  const [nameError, setNameError] = useState(false);

  const save = useMutation({
    mutationFn: () => {
      const orNull = (v: string) => (v.trim() ? v.trim() : null);
      const values = {
        name: name.trim(),
        kind,
        sector,
        contactPersonId: linked ? personId : null,
        contactName: linked ? null : orNull(contactName),
        contactPhone: linked ? null : orNull(contactPhone),
        contactPosition: linked ? null : orNull(contactPosition),
        address: orNull(address),
      };
      return partner ? api.partners.update({ id: partner.id, patch: values }) : api.partners.create(values);
    },
    onSuccess: (saved) => {
      notifyDone(t('agreements.partner.saved', { name: saved.name }));
      onSaved?.(saved);
      onClose();
    },
    onError: notifyError,
  });
  const submit = () => {
    if (!name.trim()) {
      setNameError(true);
      return;
    }
    save.mutate();
  };
  const people = (attendees.data ?? []).map((a) => ({ value: a.person.id, label: [fullName(a.person), a.person.position].filter(Boolean).join(' · ') }));

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={getHotkeyHandler([['mod+Enter', submit]])}
    >
      <Stack gap="sm">
        <TextInput
          data-autofocus
          size="md"
          label={t('agreements.partner.name')}
          placeholder={t('agreements.partner.namePlaceholder')}
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            setNameError(false);
          }}
          error={nameError ? t('agreements.errors.required') : undefined}
        />
        <SimpleGrid cols={2}>
          <Select
            label={t('agreements.partner.kind')}
            data={PARTNER_KINDS.map((k) => ({ value: k, label: t(`agreements.partnerKind.${k}`) }))}
            value={kind}
            allowDeselect={false}
            onChange={(v) => v && setKind(v as PartnerKind)}
          />
          <Select
            label={t('agreements.partner.sector')}
            data={SECTORS.map((s) => ({ value: s, label: t(`vocab.sector.${s}`) }))}
            value={sector}
            clearable
            onChange={(v) => setSector(v as Sector | null)}
          />
        </SimpleGrid>
        <Stack gap={4}>
          <Text fw={500} size="sm">
            {t('agreements.partner.contact')}
          </Text>
          <SegmentedControl
            value={linked ? 'linked' : 'typed'}
            onChange={(v) => setLinked(v === 'linked')}
            data={[
              { value: 'linked', label: t('agreements.partner.contactLinked') },
              { value: 'typed', label: t('agreements.partner.contactTyped') },
            ]}
            aria-label={t('agreements.partner.contact')}
          />
        </Stack>
        {linked ? (
          <Select
            label={t('agreements.partner.contactPerson')}
            description={t('agreements.partner.contactPersonHint')}
            data={people}
            value={personId}
            searchable
            clearable
            nothingFoundMessage={t('agreements.partner.nobody')}
            onChange={setPersonId}
          />
        ) : (
          <SimpleGrid cols={3}>
            <TextInput label={t('agreements.partner.contactName')} value={contactName} onChange={(e) => setContactName(e.currentTarget.value)} />
            <TextInput label={t('agreements.partner.contactPosition')} value={contactPosition} onChange={(e) => setContactPosition(e.currentTarget.value)} />
            <TextInput label={t('agreements.partner.contactPhone')} value={contactPhone} inputMode="tel" onChange={(e) => setContactPhone(e.currentTarget.value)} />
          </SimpleGrid>
        )}
        <TextInput label={t('agreements.partner.address')} value={address} onChange={(e) => setAddress(e.currentTarget.value)} />
        <FormFooter onCancel={onClose} saving={save.isPending} />
      </Stack>
    </form>
  );
}
