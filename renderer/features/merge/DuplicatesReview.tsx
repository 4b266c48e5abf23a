/** People who may be one person: each proposal with why, and a checkbox to confirm it. */
import { Badge, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MergePlan } from '../../api/queries/merge';

export function DuplicatesReview({ plan, samePerson, onChange }: { plan: MergePlan; samePerson: boolean[]; onChange: (index: number, same: boolean) => void }) {
  const { t } = useTranslation();
  const labels = new Map([plan.intoForum, ...plan.sources].map((f) => [f.forumId, f.village ?? f.title]));
  return (
    <Stack gap="xs" data-testid="merge-duplicates">
      <Text fw={700} fz="lg">
        {t('merge.plan.peopleTitle')}
      </Text>
      <Text c="dimmed" size="sm">
        {t('merge.plan.peopleSummary', { count: plan.people.sourcePeople, already: plan.people.alreadyInTarget })}
      </Text>
      {plan.people.duplicates.length === 0 ? <Text>{t('merge.plan.noDuplicates')}</Text> : null}
      {plan.people.duplicates.map((d, i) => (
        <Paper key={d.people.map((p) => p.personId).join()} withBorder radius="md" p="sm">
          <Group justify="space-between" align="flex-start">
            <Stack gap={2}>
              {d.people.map((p) => (
                <Text key={p.personId} data-testid="merge-duplicate-person">
                  {p.name}{' '}
                  {/* Each value says what it is: a bare "3" or "0812345678" beside a village name was unreadable. */}
                  <Text span c="dimmed">
                    (
                    {[
                      p.village ? t('merge.plan.village', { village: p.village }) : null,
                      p.phone ? t('merge.plan.phone', { phone: p.phone }) : null,
                      t('merge.plan.forums', {
                        forums: p.forumIds.map((f) => (p.inTarget && f === plan.intoForum.forumId ? t('merge.plan.inTarget') : labels.get(f))).join(', '),
                      }),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                    )
                  </Text>
                </Text>
              ))}
              <Group gap={4}>
                {d.reasons.map((r) => (
                  <Badge key={r} variant="light" color="gray">
                    {t(`merge.plan.reasons.${r}`)}
                  </Badge>
                ))}
              </Group>
            </Stack>
            <Checkbox
              label={t('merge.plan.samePerson')}
              aria-label={`${t('merge.plan.samePerson')}: ${d.people.map((p) => p.name).join(', ')}`}
              checked={samePerson[i] ?? false}
              onChange={(e) => onChange(i, e.currentTarget.checked)}
            />
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
