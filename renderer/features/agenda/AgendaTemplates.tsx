/** A forum without an agenda: start from one of the templates, in the language the screen is in. */
import { Button, Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconTemplate } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/contract';
import { useFormat } from '../../i18n/format';
import { useAgendaTemplates } from '../../api/queries/agenda';

type Template = Output<'agenda.templates'>[number];

interface Props {
  applying: Template['id'] | null;
  onApply: (template: Template) => void;
}

export function AgendaTemplates({ applying, onApply }: Props) {
  const { t } = useTranslation();
  const { lang } = useFormat();
  const templates = useAgendaTemplates();
  return (
    <Stack gap="md" data-testid="agenda-empty">
      <Stack gap={2}>
        <Title order={2} fz={24}>
          {t('agenda.empty.title')}
        </Title>
        <Text c="dimmed" fz="lg">
          {t('agenda.empty.body')}
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        {(templates.data ?? []).map((template, i) => (
          <Card key={template.id} withBorder radius="md" padding="lg" data-testid={`template-${template.id}`}>
            <Stack gap="sm" h="100%" justify="space-between">
              <Stack gap="xs">
                <Text fw={700} fz="lg" lh={1.5}>
                  {template.name[lang]}
                </Text>
                <Text c="dimmed" size="sm">
                  {template.description[lang]}
                </Text>
                {template.items.length > 0 ? (
                  <List type="ordered" size="sm" spacing={2}>
                    {template.items.map((item) => (
                      <List.Item key={item.title.th}>
                        {item.title[lang]}
                        {item.plannedMinutes ? <Text span c="dimmed" size="sm">{` · ${t('agenda.minutes', { count: item.plannedMinutes })}`}</Text> : null}
                      </List.Item>
                    ))}
                  </List>
                ) : (
                  <Text size="sm">{t('agenda.empty.blankHint')}</Text>
                )}
              </Stack>
              <Button
                leftSection={<IconTemplate size={18} />}
                variant={i === 0 ? 'filled' : 'light'}
                loading={applying === template.id}
                disabled={applying !== null && applying !== template.id}
                onClick={() => onApply(template)}
                data-autofocus={i === 0 || undefined}
              >
                {template.items.length > 0 ? t('agenda.empty.use') : t('agenda.empty.startBlank')}
              </Button>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
