/**
 * Someone not yet in the register, added at the table without leaving the keyboard: the typed
 * text is already filled in, Tab moves through the fields, Enter saves and checks them in,
 * Esc goes back to the search.
 */
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../../../shared/api-client';
import type { Input, Output } from '../../../../shared/contract';
import { type PersonErrors, type PersonFormValues, personFieldsFromDetails, validatePerson, valuesToDraft } from '../person-form';
import { PersonFields } from '../PersonFields';
import { Keys } from '../../../ui/Keys';
import { useNotifyError } from '../../../ui/notify';

interface Props {
  initial: PersonFormValues;
  saving: boolean;
  onSave: (draft: Input<'attendance.addAndCheckIn'>['person']) => Promise<Output<'attendance.addAndCheckIn'>>;
  onCancel: () => void;
}

export function NewPersonForm({ initial, saving, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<PersonErrors>({});

  const submit = async () => {
    const found = validatePerson(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await onSave({ ...valuesToDraft(values), sensitive: null });
    } catch (error) {
      const fields = error instanceof ApiCallError ? personFieldsFromDetails(error.error.details) : [];
      if (fields.length) setErrors(Object.fromEntries(fields.map((f) => [f, 'person.errors.invalid'])));
      else notifyError(error);
    }
  };

  return (
    <Paper withBorder radius="md" p="lg" bg="gray.0">
      <form
        noValidate
        aria-label={t('checkIn.newPerson')}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onCancel();
            return;
          }
          // Enter saves from any field, selects included (they would not submit a form by themselves).
          const onButton = e.target instanceof HTMLButtonElement;
          if (e.key === 'Enter' && !e.nativeEvent.isComposing && !onButton) {
            e.preventDefault();
            void submit();
          }
        }}
      >
        <Stack gap="md">
          <Group justify="space-between">
            <Text fw={700} fz="xl">
              {t('checkIn.newPerson')}
            </Text>
            <Text c="dimmed" size="sm">
              {t('checkIn.newPersonHint')}
            </Text>
          </Group>
          <PersonFields values={values} errors={errors} onChange={setValues} autoFocus={initial.firstName ? 'titlePrefix' : 'firstName'} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel} rightSection={<Keys combo="Esc" />}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" size="md" loading={saving} rightSection={<Keys combo="Enter" />}>
              {t('checkIn.saveAndCheckIn')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
