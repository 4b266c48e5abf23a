/**
 * The proposed issue groups: each shows its villages' issues with the similarity that joined
 * them; an issue can be taken out (it is then brought in alone). Single issues are only counted.
 */
import { ActionIcon, Badge, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MergePlan } from '../../api/queries/merge';

type IssueGroup = MergePlan['issueGroups'][number];

export function IssueGroupsReview({ groups, threshold, onTakeOut }: { groups: IssueGroup[]; threshold: number; onTakeOut: (groupIndex: number, issueId: string) => void }) {
  const { t } = useTranslation();
  const shared = groups.map((g, i) => [g, i] as const).filter(([g]) => g.issues.length > 1);
  const alone = groups.length - shared.length;
  return (
    <Stack gap="xs" data-testid="merge-issue-groups">
      <Text fw={700} fz="lg">
        {t('merge.plan.groupsTitle')}
      </Text>
      <Text c="dimmed" size="sm">
        {t('merge.plan.groupsHint', { threshold })}
      </Text>
      {shared.length === 0 ? <Text>{t('merge.plan.noGroups')}</Text> : null}
      {shared.map(([group, index], n) => {
        const exact = group.links.length > 0 && group.links.every((l) => l.exact);
        return (
          <Paper key={group.issues[0]?.issueId} withBorder radius="md" p="sm" data-testid="merge-issue-group">
            <Group justify="space-between" mb={4}>
              <Text fw={700}>
                {t('merge.plan.group', { number: n + 1 })}: {group.title}
              </Text>
              <Group gap={6}>
                {group.targetIssueId ? <Badge variant="light">{t('merge.plan.alreadyMerged')}</Badge> : null}
                <Badge variant="outline" color={exact ? 'teal' : 'orange'}>
                  {exact ? t('merge.plan.exact') : t('merge.plan.similarity', { score: group.score.toFixed(2) })}
                </Badge>
              </Group>
            </Group>
            <Stack gap={2}>
              {group.issues.map((issue) => (
                <Group key={issue.issueId} justify="space-between" wrap="nowrap">
                  <Text>
                    <Text span c="dimmed">
                      {issue.forumLabel}:
                    </Text>{' '}
                    {issue.title}
                  </Text>
                  <Tooltip label={t('merge.plan.takeOut')}>
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('merge.plan.takeOutNamed', { title: issue.title, village: issue.forumLabel })}
                      disabled={issue.targetIssueId !== null}
                      onClick={() => onTakeOut(index, issue.issueId)}
                    >
                      <IconArrowBackUp size={18} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              ))}
            </Stack>
          </Paper>
        );
      })}
      <Text c="dimmed" size="sm">
        {t('merge.plan.alone', { count: alone })}
      </Text>
    </Stack>
  );
}
