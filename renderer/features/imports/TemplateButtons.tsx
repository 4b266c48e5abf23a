/** The template with the headers the importer knows, as CSV (any spreadsheet) or XLSX (with drop-downs). */
import { Button, Group, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider';
import { base64ToBlob, downloadBlob } from '../../ui/download';
import { useNotifyError } from '../../ui/notify';

export function TemplateButtons() {
  const { t } = useTranslation();
  const api = useApi();
  const onError = useNotifyError();
  const download = useMutation({
    mutationFn: (format: 'csv' | 'xlsx') => api.imports.template({ format }),
    onSuccess: (file) => downloadBlob(base64ToBlob(file.dataBase64, file.mimeType), file.fileName),
    onError,
  });
  return (
    <Group gap="sm">
      <Text c="dimmed">{t('import.template')}</Text>
      <Button variant="default" size="sm" leftSection={<IconDownload size={16} />} onClick={() => download.mutate('xlsx')} loading={download.isPending && download.variables === 'xlsx'}>
        {t('import.templateXlsx')}
      </Button>
      <Button variant="default" size="sm" leftSection={<IconDownload size={16} />} onClick={() => download.mutate('csv')} loading={download.isPending && download.variables === 'csv'}>
        {t('import.templateCsv')}
      </Button>
    </Group>
  );
}
