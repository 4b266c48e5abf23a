/** The issue list's keys, on screen next to the list they work in. */
import { KeyHints } from '../../ui/KeyHints';
import { ISSUE_KEYS } from './issue-keys';

export function IssueKeyHints() {
  return <KeyHints hints={ISSUE_KEYS} testId="issue-hints" />;
}
