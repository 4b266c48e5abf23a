/**
 * Refusals from the host in plain language. The core's message keys for polls, priorities and
 * projects ("poll.counts_invalid") live in the polls and plan translation files, so they are
 * looked up here for all three; the host's own sentence (which names the options and numbers involved) stays
 * available as the detail.
 */
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../shared/api-client';
import { useLabels } from '../i18n/labels';

const FEATURE_KEYS: [prefix: string, into: string][] = [
  ['poll.', 'polls.errors.'],
  ['priorities.', 'polls.errors.priorities_'],
  ['project.', 'plan.errors.'],
];

export function useApiErrorText() {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  return {
    /** The headline: the feature's translation when there is one, else the app's general one. */
    text(error: unknown): string {
      if (error instanceof ApiCallError) {
        for (const [prefix, into] of FEATURE_KEYS) {
          const key = error.error.messageKey.startsWith(prefix) ? into + error.error.messageKey.slice(prefix.length) : null;
          if (key && i18n.exists(key)) return t(key as never);
        }
      }
      return labels.error(error);
    },
    /** The host's exact reason (English, with the option names in it), for the details line. */
    detail: (error: unknown): string | null => (error instanceof ApiCallError && error.error.code === 'validation' ? error.error.message : null),
  };
}

export function useNotifyApiError() {
  const { t } = useTranslation();
  const errors = useApiErrorText();
  return (error: unknown) => {
    const detail = errors.detail(error);
    notifications.show({
      color: 'red',
      title: t('error.title'),
      message: detail ? `${errors.text(error)} (${detail})` : errors.text(error),
      autoClose: 10_000,
    });
  };
}
