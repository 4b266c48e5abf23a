/**
 * A poll's options: forum issues (picked in the order they should be numbered) and free-text
 * lines. The numbered list shows what will be printed on paper ballots and typed at entry.
 */
import { Badge, Group, MultiSelect, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useIssues } from '../../api/queries/issues';
import { optionLines } from './poll-form';

interface Props {
  forumId: string;
  issueIds: string[];
  freeText: string;
  error?: string;
  onIssues: (ids: string[]) => void;
  onFreeText: (text: string) => void;
}

export function OptionsField({ forumId, issueIds, freeText, error, onIssues, onFreeText }: Props) {
  const { t } = useTranslation();
  const issues = useIssues(forumId);
  const titles = new Map((issues.data ?? []).map((i) => [i.id, i.title]));
  const numbered = [...issueIds.map((id) => ({ label: titles.get(id) ?? '…', issue: true })), ...optionLines(freeText).map((label) => ({ label, issue: false }))];
  return (
    <Stack gap="xs">
      <MultiSelect
        label={t('polls.form.issues')}
        description={issues.data && issues.data.length === 0 ? t('polls.form.noIssues') : t('polls.form.issuesHint')}
        placeholder={issueIds.length === 0 ? t('polls.form.issuesPlaceholder') : undefined}
        data={(issues.data ?? []).map((i) => ({ value: i.id, label: i.title }))}
        value={issueIds}
        onChange={onIssues}
        searchable
        clearable
        hidePickedOptions
        maxDropdownHeight={260}
        comboboxProps={{ withinPortal: true }}
      />
      <Textarea label={t('polls.form.freeText')} description={t('polls.form.freeTextHint')} autosize minRows={2} maxRows={6} value={freeText} onChange={(e) => onFreeText(e.currentTarget.value)} />
      {error ? (
        <Text c="red" size="sm">
          {error}
        </Text>
      ) : null}
      {numbered.length > 0 ? (
        <Paper withBorder p="xs" radius="md" bg="gray.0">
          <Text size="sm" c="dimmed" mb={4}>
            {t('polls.form.ballotNumbers')}
          </Text>
          <Stack gap={2}>
            {numbered.map((o, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt from the inputs on every render
              <Group key={i} gap="xs" wrap="nowrap">
                <Badge variant="filled" size="lg" w={36} p={0}>
                  {i + 1}
                </Badge>
                <Text>{o.label}</Text>
                {o.issue ? null : (
                  <Text size="xs" c="dimmed">
                    {t('polls.form.freeTextTag')}
                  </Text>
                )}
              </Group>
            ))}
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}
