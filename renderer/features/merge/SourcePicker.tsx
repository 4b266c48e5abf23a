/** The forums that can be merged in: a checkbox each, with village, date and what it holds. */
import { Badge, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import type { MergeForum } from '../../api/queries/merge';

export function SourcePicker({
  forums,
  merged,
  selected,
  onChange,
}: {
  forums: MergeForum[];
  merged: ReadonlySet<string>;
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const all = forums.length > 0 && forums.every((f) => selected.includes(f.forumId));
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={700} fz="lg" id="merge-sources-title">
            {t('merge.sources.title')}
          </Text>
          <Checkbox
            label={t('merge.sources.selectAll')}
            checked={all}
            indeterminate={!all && selected.length > 0}
            onChange={(e) => onChange(e.currentTarget.checked ? forums.map((f) => f.forumId) : [])}
          />
        </Group>
        <Stack gap={6} role="group" aria-labelledby="merge-sources-title">
          {forums.map((f) => (
            <Checkbox
              key={f.forumId}
              checked={selected.includes(f.forumId)}
              onChange={(e) => onChange(e.currentTarget.checked ? [...selected, f.forumId] : selected.filter((id) => id !== f.forumId))}
              label={
                <Group gap="xs" wrap="wrap">
                  <Text fw={600}>{f.village ?? f.title}</Text>
                  {f.village ? <Text c="dimmed">{f.title}</Text> : null}
                  <Text c="dimmed">· {format.date(f.date)}</Text>
                  <Text c="dimmed">
                    · {t('merge.sources.people', { count: f.attendeeCount })} · {t('merge.sources.issues', { count: f.issueCount })}
                  </Text>
                  {merged.has(f.forumId) ? (
                    <Badge variant="light" color="teal">
                      {t('merge.sources.merged')}
                    </Badge>
                  ) : null}
                </Group>
              }
            />
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
