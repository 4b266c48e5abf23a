/** PDPA erasure: permanent, so the facilitator types the person's first name to confirm. */
import { Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/contract';
import { fullName } from '../../../shared/domain/thai-text';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

interface Props {
  person: Output<'people.get'> | null;
  loading: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

export function EraseDialog({ person, loading, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const expected = person?.firstName ?? '';
  return (
    <ConfirmDialog
      opened={person !== null}
      title={t('pdpa.eraseTitle')}
      confirmLabel={t('pdpa.eraseConfirm')}
      danger
      loading={loading}
      canConfirm={typed.trim() === expected && expected !== ''}
      onConfirm={onConfirm}
      onClose={() => {
        setTyped('');
        onClose();
      }}
    >
      <Stack gap="sm">
        <Text>{t('pdpa.eraseBody', { name: person ? fullName(person) : '' })}</Text>
        <TextInput
          label={t('pdpa.eraseType', { name: expected })}
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          data-autofocus
          autoComplete="off"
          name="eraseConfirm"
        />
      </Stack>
    </ConfirmDialog>
  );
}
