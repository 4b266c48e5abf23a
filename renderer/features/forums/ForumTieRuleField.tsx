/**
 * The forum's default tie rule, agreed once with the room at the start (often in the forum's
 * ground rules) and changed here in one click: each new poll starts with it, and each poll
 * still states its own rule before it opens, so a change never touches a poll already made.
 */
import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FORUM_TIE_RULES, type ForumTieRule } from '../../../shared/contract/forums';
import { useApi } from '../../api/ApiProvider';
import { notifyDone } from '../../ui/notify';
import { useNotifyApiError } from '../../ui/api-errors';

export function ForumTieRuleField({ forumId, value }: { forumId: string; value: ForumTieRule }) {
  const { t } = useTranslation();
  const api = useApi();
  const onError = useNotifyApiError();
  const save = useMutation({
    mutationFn: (rule: ForumTieRule) => api.forums.update({ id: forumId, patch: { defaultTieRule: rule } }),
    onSuccess: (forum) => notifyDone(t('polls.forumTieRule.saved', { rule: t(`polls.tieRuleChoice.${forum.defaultTieRule}`) })),
    onError,
  });
  return (
    <Stack gap={4}>
      <SegmentedControl
        value={save.isPending && save.variables ? save.variables : value}
        onChange={(v) => save.mutate(v as ForumTieRule)}
        data={FORUM_TIE_RULES.map((r) => ({ value: r, label: t(`polls.tieRuleChoice.${r}`) }))}
        aria-label={t('polls.forumTieRule.label')}
        data-testid="forum-tie-rule"
      />
      <Text size="sm" c="dimmed">
        {t('polls.forumTieRule.hint')}
      </Text>
    </Stack>
  );
}
