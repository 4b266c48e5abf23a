/**
 * The issue list for the hall, in large type; grouped under category headings when the
 * facilitator chose so. A long list flows into two columns rather than off the screen.
 */
import { Box, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectorView } from '../../../shared/contract';
import { useFormat } from '../../i18n/format';
import { useCategoryName } from '../../ui/category-label';
import { type Issue, useIssues, useIssuesByCategory } from '../../api/queries/issues';
import { ACCENT, FG, MUTED, size } from '../../ui/projector-style';

type IssuesView = Extract<ProjectorView, { mode: 'issues' }>;

export function ProjectorIssues({ forumId, view }: { forumId: string; view: IssuesView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const categoryName = useCategoryName();
  const list = useIssues(forumId);
  const groups = useIssuesByCategory(forumId, view.groupByCategory);
  const issues = list.data ?? [];
  // Numbers follow the forum's order, also inside the category groups.
  const numberOf = new Map(issues.map((issue, i) => [issue.id, i + 1]));
  // One column reads best; a long list flows into more rather than off the bottom of the screen.
  const columns = issues.length > 24 ? 3 : issues.length > 8 ? 2 : 1;

  return (
    <Stack gap="3vh" w="100%" style={{ alignSelf: 'flex-start' }} data-testid="projector-issues">
      <Text component="h1" fz={size.title} fw={700} c={FG} m={0} lh={1.3}>
        {t('projectorView.issues.title')}
        <Text span fz={size.large} c={ACCENT} fw={500} ml="1.5vw">
          {t('projectorView.issues.count', { count: issues.length, n: format.number(issues.length) })}
        </Text>
      </Text>
      {issues.length === 0 ? (
        <Text fz={size.large} c={MUTED}>
          {t('projectorView.issues.none')}
        </Text>
      ) : view.groupByCategory ? (
        <Box style={{ columnCount: columns, columnGap: '4vw' }}>
          {(groups.data ?? [])
            .filter((g) => g.issues.length > 0)
            .map((group) => (
              <Box key={group.category?.key ?? 'none'} mb="2.5vh" style={{ breakInside: 'avoid' }} data-testid="projector-issue-group">
                <Text fz={size.large} fw={700} c={ACCENT} lh={1.5}>
                  {group.category ? categoryName(group.category) : t('projectorView.issues.uncategorised')}
                </Text>
                {group.issues.map((issue) => (
                  <IssueLine key={issue.id} issue={issue} number={numberOf.get(issue.id) ?? 0} />
                ))}
              </Box>
            ))}
        </Box>
      ) : (
        <Box style={{ columnCount: columns, columnGap: '4vw' }}>
          {issues.map((issue, i) => (
            <IssueLine key={issue.id} issue={issue} number={i + 1} />
          ))}
        </Box>
      )}
    </Stack>
  );
}

function IssueLine({ issue, number }: { issue: Issue; number: number }) {
  return (
    <Box style={{ display: 'flex', gap: '1.2vw', breakInside: 'avoid', padding: '0.6vh 0' }} data-testid="projector-issue">
      <Text fz={size.body} fw={700} c={ACCENT} miw="2.2ch" ta="right" lh={1.5}>
        {number}.
      </Text>
      <Text fz={size.body} c={FG} lh={1.5} fw={500}>
        {issue.title}
      </Text>
    </Box>
  );
}
