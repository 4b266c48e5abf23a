/** A refused import in the user's language: the session.error.* text, with the versions filled in. */
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../../shared/api-client';
import { useLabels } from '../../i18n/labels';

export function useSessionErrorText() {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  return (error: unknown): string => {
    const value = error instanceof ApiCallError ? error.error : null;
    if (value?.messageKey.startsWith('session.error.') && i18n.exists(value.messageKey)) {
      const details = value.details && typeof value.details === 'object' ? (value.details as Record<string, unknown>) : {};
      return String(t(value.messageKey as never, details as never));
    }
    return labels.error(error);
  };
}
