/**
 * The host's refusal of a named voter's ballot in a sentence that names the person: the host's
 * own message carries only ids ("person 0193… is not on the poll's list of voters").
 */
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../../shared/api-client';

const VOTER_KEYS: Record<string, string> = {
  'poll.voter_not_eligible': 'notEligible',
  'poll.already_voted': 'alreadyVoted',
  'poll.dots_over_limit': 'dotsOver',
};

export function useVoterRefusal() {
  const { t } = useTranslation();
  /** A sentence for a refusal about the voter, or null for any other refusal. */
  return (error: unknown, voter: { name: string; used: number; limit: number | undefined }): string | null => {
    if (!(error instanceof ApiCallError)) return null;
    const key = VOTER_KEYS[error.error.messageKey];
    if (!key) return null;
    if (key === 'notEligible') {
      const kind = (error.error.details as { eligibility?: string } | undefined)?.eligibility ?? 'checked_in';
      return t(`polls.voter.refused.notEligible.${kind}` as 'polls.voter.refused.notEligible.list', { name: voter.name });
    }
    return t(`polls.voter.refused.${key}` as 'polls.voter.refused.alreadyVoted', { name: voter.name, used: voter.used, limit: voter.limit ?? 0 });
  };
}
