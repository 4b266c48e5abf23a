/**
 * Exporting the minutes: what is still being typed is saved first, a notification shows the
 * file being made (a long PDF takes seconds), then the file downloads (a Blob and an
 * `<a download>`, which Electron handles the same way) and the notification says what was
 * saved and how many pages it has, or why it failed. A PDF that cannot be printed for want of
 * a Chromium offers the DOCX instead, in one click.
 */
import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input } from '../../../shared/contract';
import { ApiCallError } from '../../../shared/api-client';
import { useApi } from '../../api/ApiProvider';
import { useLabels } from '../../i18n/labels';
import { base64ToBlob, downloadBlob } from '../../ui/download';
import type { SectionSavers } from './section-savers';

export type ExportFormat = Input<'reports.export'>['format'];

export const FORMAT_NAMES: Record<ExportFormat, string> = { pdf: 'PDF', docx: 'DOCX', xlsx: 'XLSX', json: 'JSON' };

/** The core's errors for a PDF without a browser to print it (electron/core/reports/pdf). */
const NO_PRINTER: Record<string, 'minutes.export.noChromium' | 'minutes.export.chromiumFailed'> = {
  'error.chromium_missing': 'minutes.export.noChromium',
  'error.chromium_failed': 'minutes.export.chromiumFailed',
};

export function useMinutesExport(forumId: string, thaiDigits: boolean, savers: SectionSavers) {
  const api = useApi();
  const { t } = useTranslation();
  const labels = useLabels();
  const [running, setRunning] = useState<ExportFormat | null>(null);

  const run = async (format: ExportFormat): Promise<void> => {
    if (running) return;
    setRunning(format);
    const name = FORMAT_NAMES[format];
    const id = notifications.show({
      loading: true,
      autoClose: false,
      withCloseButton: false,
      title: t('minutes.export.running', { format: name }),
      message: t('minutes.export.runningBody'),
      'data-testid': 'export-progress',
    });
    try {
      await savers.flushAll();
      const file = await api.reports.export({ forumId, format, thaiDigits });
      downloadBlob(base64ToBlob(file.base64, file.mimeType), file.fileName);
      notifications.update({
        id,
        loading: false,
        color: 'wethi',
        autoClose: 8000,
        withCloseButton: true,
        title: t('minutes.export.done', { format: name }),
        message: file.pages === null ? file.fileName : `${file.fileName} · ${t('minutes.export.pages', { count: file.pages })}`,
        'data-testid': 'export-done',
      });
    } catch (error) {
      const printer = error instanceof ApiCallError ? NO_PRINTER[error.error.messageKey] : undefined;
      const docxInstead = () => {
        notifications.hide(id);
        void run('docx');
      };
      notifications.update({
        id,
        loading: false,
        color: 'red',
        autoClose: false,
        withCloseButton: true,
        title: t('minutes.export.failed', { format: name }),
        message: printer
          ? (
            <Stack gap={6} align="flex-start">
              <Text size="sm">{t(printer)}</Text>
              <Button size="compact-sm" variant="light" onClick={docxInstead}>
                {t('minutes.export.docxInstead')}
              </Button>
            </Stack>
          )
          : labels.error(error),
        'data-testid': 'export-failed',
      });
    } finally {
      setRunning(null);
    }
  };

  return { running, run };
}
