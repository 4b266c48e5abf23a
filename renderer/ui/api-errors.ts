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
    /**
     * The host's exact reason, for the details line: each problem in the user's language where
     * the tally gave it a code (polls.problem.<code>), else the host's English sentence.
     */
    detail(error: unknown): string | null {
      if (!(error instanceof ApiCallError) || error.error.code !== 'validation') return null;
      const problems = Array.isArray(error.error.details) ? (error.error.details as unknown[]) : [];
      const worded = problems.map((p) => {
        const { code, params } = (p ?? {}) as { code?: unknown; params?: unknown };
        const key = typeof code === 'string' ? `polls.problem.${code}` : null;
        return key && i18n.exists(key) ? t(key as never, (params ?? {}) as never) : null;
      });
      if (worded.length === 0 || worded.some((w) => w === null)) return error.error.message;
      return worded.join('; ');
    },
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
