/** The methods as cards with a one-line explanation each, so the facilitator picks by what it does. */
import { Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { METHOD_CHOICES, type MethodChoice } from '../../i18n/poll-text';

export function MethodPicker({ value, onChange }: { value: MethodChoice; onChange: (method: MethodChoice) => void }) {
  const { t } = useTranslation();
  return (
    <Radio.Group value={value} onChange={(v) => onChange(v as MethodChoice)} label={t('polls.form.method')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs" mt={6}>
        {METHOD_CHOICES.map((m) => (
          <Radio.Card key={m} value={m} p="xs" radius="md" data-testid={`method-${m}`}>
            <Group wrap="nowrap" align="flex-start" gap="sm">
              <Radio.Indicator mt={4} />
              <Stack gap={0}>
                <Text fw={700}>{t(`polls.method.${m}`)}</Text>
                <Text size="sm" c="dimmed" lh={1.45}>
                  {t(`polls.methodHelp.${m}`)}
                </Text>
              </Stack>
            </Group>
          </Radio.Card>
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}
