/**
 * "ส่งออกไฟล์เวที": the forum as a .wethi file, downloaded. A small dialog asks whether the
 * sensitive data (with its consent records) goes along, since the file may be passed on.
 */
import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFileExport } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider';
import { downloadBlob } from '../../ui/download';
import { notifyDone, useNotifyError } from '../../ui/notify';

export function SessionExportButton({ forumId }: { forumId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const onError = useNotifyError();
  const [opened, dialog] = useDisclosure(false);
  // Off unless asked for (PDPA): a forum file is easily passed on, and the sensitive data must not go with it by accident.
  const [includeSensitive, setIncludeSensitive] = useState(false);
  const exportFile = useMutation({
    mutationFn: () => api.session.export({ forumId, includeSensitive }),
    onSuccess: (file) => {
      downloadBlob(new Blob([file.content], { type: 'application/json' }), file.fileName);
      dialog.close();
      notifyDone(t('session.export.done', { fileName: file.fileName }));
    },
    onError,
  });

  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFileExport size={18} />}
        onClick={() => {
          // Each export asks afresh: a tick from an earlier export does not carry over.
          setIncludeSensitive(false);
          dialog.open();
        }}
      >
        {t('session.export.button')}
      </Button>
      <Modal opened={opened} onClose={dialog.close} title={t('session.export.title')} size="lg">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            exportFile.mutate();
          }}
        >
          <Stack gap="md">
            <Text>{t('session.export.body')}</Text>
            <Checkbox
              size="md"
              checked={includeSensitive}
              onChange={(event) => setIncludeSensitive(event.currentTarget.checked)}
              label={t('session.export.includeSensitive')}
              description={t('session.export.sensitiveHelp')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={dialog.close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" leftSection={<IconFileExport size={18} />} loading={exportFile.isPending} data-autofocus>
                {t('session.export.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
