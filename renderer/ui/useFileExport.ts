/** Asks the core for a report file and downloads it, with the progress on the button and errors in plain words. */
import { useMutation } from '@tanstack/react-query';
import type { Output } from '../../shared/contract';
import { base64ToBlob, downloadBlob } from './download';
import { useNotifyError } from './notify';

type ReportFile = Output<'reports.export'>;

export function useFileExport<I>(make: (input: I) => Promise<ReportFile>) {
  const notifyError = useNotifyError();
  return useMutation({
    mutationFn: make,
    onSuccess: (file) => downloadBlob(base64ToBlob(file.base64, file.mimeType), file.fileName),
    onError: notifyError,
  });
}
