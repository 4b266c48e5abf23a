/**
 * "นำเข้าไฟล์เวที (.wethi)": pick a file, the core checks all of it before writing anything,
 * and a dialog shows what came in (or, in plain language, why nothing did).
 */
import { Alert, Button, FileButton, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconFileImport } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/contract';
import { useApi } from '../../api/ApiProvider';
import { navigate } from '../../ui/route';
import { RefusalDetails } from './RefusalDetails';
import { useSessionErrorText } from './session-error';

type Imported = Output<'session.import'>;

export function SessionImportButton() {
  const { t } = useTranslation();
  const api = useApi();
  const errorText = useSessionErrorText();
  const importFile = useMutation({
    mutationFn: async (file: File) => api.session.import({ content: await file.text() }),
  });
  const fileName = importFile.variables?.name ?? '';

  return (
    <>
      <FileButton onChange={(file) => file && importFile.mutate(file)} accept=".wethi,application/json">
        {(props) => (
          <Button variant="default" leftSection={<IconFileImport size={18} />} {...props}>
            {t('session.import.button')}
          </Button>
        )}
      </FileButton>
      <Modal opened={!importFile.isIdle} onClose={() => importFile.reset()} title={t('session.import.title')} size="lg">
        <Stack gap="md">
          {importFile.isPending ? (
            <Group>
              <Loader size="sm" />
              <Text>{t('session.import.reading', { fileName })}</Text>
            </Group>
          ) : null}
          {importFile.isError ? (
            <Alert color="red" icon={<IconAlertTriangle />} title={t('session.import.failed')} role="alert">
              <Stack gap={4}>
                <Text>{errorText(importFile.error)}</Text>
                <RefusalDetails error={importFile.error} />
                <Text size="sm" c="dimmed">
                  {fileName}
                </Text>
              </Stack>
            </Alert>
          ) : null}
          {importFile.data ? <Summary result={importFile.data} /> : null}
          <Group justify="flex-end">
            {importFile.data ? (
              <Button
                onClick={() => {
                  const { forumId } = importFile.data;
                  importFile.reset();
                  navigate({ name: 'forum', forumId, tab: 'details' });
                }}
              >
                {t('session.import.open')}
              </Button>
            ) : null}
            <Button variant="default" onClick={() => importFile.reset()} disabled={importFile.isPending}>
              {t('session.import.close')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function Summary({ result }: { result: Imported }) {
  const { t } = useTranslation();
  const c = result.counts;
  return (
    <Alert color={result.status === 'created' ? 'wethi' : 'blue'} icon={<IconCircleCheck />} role="status" title={t(`session.import.${result.status}`, { title: result.title })}>
      <Stack gap={4}>
        <Text>
          {t('session.import.counts', {
            attendance: c.attendance,
            agenda: c.agenda_item,
            issues: c.issue,
            notes: c.note,
            polls: c.poll,
            projects: c.project,
          })}
        </Text>
        {result.peopleKept > 0 ? <Text>{t('session.import.peopleKept', { count: result.peopleKept })}</Text> : null}
        {result.sensitive === 'left_out' ? <Text>{t('session.import.sensitiveLeftOut')}</Text> : null}
      </Stack>
    </Alert>
  );
}
