/**
 * Edit one person: ordinary fields, the consent-bound sensitive section, and the PDPA actions
 * (export everything held about them, erase them).
 */
import { Button, Divider, Drawer, Group, Menu, Stack, Text } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconChevronDown, IconDownload, IconTrash } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../../shared/api-client';
import type { Input, Output } from '../../../shared/contract';
import { fullName } from '../../../shared/domain/thai-text';
import { useApi } from '../../api/ApiProvider';
import { base64ToBlob, downloadBlob } from '../../ui/download';
import { Keys } from '../../ui/Keys';
import { notifyDone, notifyWarning, useNotifyError } from '../../ui/notify';
import { EraseDialog } from './EraseDialog';
import { type PersonErrors, personFieldsFromDetails, personToValues, validatePerson, valuesToDraft } from './person-form';
import { PersonFields } from './PersonFields';
import { SensitiveSection, type SensitiveValues, sensitiveProblem } from './SensitiveSection';

type Person = Output<'people.get'>;
type ExportFormat = Input<'people.exportFile'>['format'];
/** Readable first: the PDF is what a person asking for their data can read. */
const EXPORT_FORMATS: readonly ExportFormat[] = ['pdf', 'xlsx', 'json'];

interface DrawerProps {
  person: Person | null;
  /** Who usually records consent at this forum (its facilitator), offered when consent is ticked. */
  defaultRecorder: string | null;
  onClose: () => void;
}

export function PersonDrawer({ person, defaultRecorder, onClose }: DrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={person !== null}
      onClose={onClose}
      position="right"
      size={640}
      title={
        <Text fw={700} size="xl">
          {t('person.editTitle')}
          {person ? `: ${fullName(person)}` : ''}
        </Text>
      }
    >
      {person ? <PersonEditor key={person.id} person={person} defaultRecorder={defaultRecorder} onClose={onClose} /> : null}
    </Drawer>
  );
}

const sensitiveOf = (person: Person): SensitiveValues => ({
  groups: person.sensitive?.disadvantagedGroups ?? [],
  consent: person.sensitive !== null,
  recordedBy: person.sensitive?.consentRecordedBy ?? '',
  givenAt: person.sensitive?.consentGivenAt ?? null,
});

function toSensitive(v: SensitiveValues): Input<'people.update'>['patch']['sensitive'] {
  if (!v.consent) return null;
  return { disadvantagedGroups: v.groups, consentGivenAt: v.givenAt ?? new Date().toISOString(), consentRecordedBy: v.recordedBy.trim() };
}

function PersonEditor({ person, defaultRecorder, onClose }: { person: Person } & Omit<DrawerProps, 'person'>) {
  const { t } = useTranslation();
  const api = useApi();
  const onError = useNotifyError();
  const [values, setValues] = useState(() => personToValues(person));
  const [sensitive, setSensitive] = useState(() => sensitiveOf(person));
  const [errors, setErrors] = useState<PersonErrors>({});
  const [erasing, setErasing] = useState(false);

  const save = useMutation({
    mutationFn: () => api.people.update({ id: person.id, patch: { ...valuesToDraft(values), sensitive: toSensitive(sensitive) } }),
    onSuccess: (saved) => {
      notifyDone(t('person.saved', { name: fullName(saved) }));
      onClose();
    },
    onError: (error) => {
      const fields = error instanceof ApiCallError ? personFieldsFromDetails(error.error.details) : [];
      if (fields.length) setErrors(Object.fromEntries(fields.map((f) => [f, 'person.errors.invalid'])));
      else onError(error);
    },
  });
  const exportData = useMutation({
    mutationFn: (format: ExportFormat) => api.people.exportFile({ id: person.id, format }),
    onSuccess: (file) => downloadBlob(base64ToBlob(file.base64, file.mimeType), file.fileName),
    onError,
  });
  const erase = useMutation({
    mutationFn: (redact: boolean) => api.people.erase({ id: person.id, redact }),
    onSuccess: (report) => {
      const name = fullName(person);
      notifyDone(report.redacted > 0 ? t('pdpa.erasedRedacted', { name, count: report.redacted }) : t('pdpa.erased', { name }));
      // What could not be cleaned is said plainly, and stays on screen until read.
      if (report.backups.deleted.length > 0) {
        notifyWarning(t('pdpa.backupsDeleted', { count: report.backups.deleted.length, names: report.backups.deleted.join(', ') }));
      }
      if (!report.compacted) notifyWarning(t('pdpa.notCompacted'));
      setErasing(false);
      onClose();
    },
    onError,
  });

  const submit = () => {
    const found = validatePerson(values);
    setErrors(found);
    if (Object.keys(found).length === 0 && !sensitiveProblem(sensitive)) save.mutate();
  };

  // The erase dialog sits outside the form: events from a portal still bubble through React's tree.
  return (
    <>
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={getHotkeyHandler([['mod+Enter', submit]])}
    >
      <Stack gap="lg">
        <PersonFields values={values} errors={errors} onChange={setValues} autoFocus="firstName" compact />
        <SensitiveSection
          values={sensitive}
          hadData={person.sensitive !== null}
          onChange={(next) => setSensitive(next.consent && !sensitive.consent && !next.recordedBy ? { ...next, recordedBy: defaultRecorder ?? '' } : next)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} rightSection={<Keys combo="Esc" />}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} disabled={sensitiveProblem(sensitive) !== null} rightSection={<Keys combo="Ctrl+Enter" />}>
            {t('common.save')}
          </Button>
        </Group>
        <Divider label={t('pdpa.title')} labelPosition="left" />
        <Text size="sm" c="dimmed">
          {t('pdpa.explain')}
        </Text>
        <Group>
          <Menu position="bottom-start" withinPortal shadow="md">
            <Menu.Target>
              <Button variant="default" leftSection={<IconDownload size={18} />} rightSection={<IconChevronDown size={16} />} loading={exportData.isPending}>
                {t('pdpa.export')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {EXPORT_FORMATS.map((format) => (
                <Menu.Item key={format} onClick={() => exportData.mutate(format)}>
                  {t(`pdpa.exportAs.${format}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
          <Button variant="light" color="red" leftSection={<IconTrash size={18} />} onClick={() => setErasing(true)}>
            {t('pdpa.erase')}
          </Button>
        </Group>
      </Stack>
    </form>
    <EraseDialog person={erasing ? person : null} loading={erase.isPending} onConfirm={(redact) => erase.mutate(redact)} onClose={() => setErasing(false)} />
    </>
  );
}
