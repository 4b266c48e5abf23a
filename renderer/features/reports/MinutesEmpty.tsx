/** A forum without an agenda has nothing for the minutes to follow yet: say so and point to the agenda tab. */
import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconListNumbers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../ui/route';

export function MinutesEmpty({ forumId }: { forumId: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xl" radius="md" bg="gray.0" data-testid="minutes-empty">
      <Stack gap="sm" align="flex-start" maw={640}>
        <Title order={2} fz={22}>
          {t('minutes.empty.title')}
        </Title>
        <Text fz="lg">{t('minutes.empty.body')}</Text>
        <Button leftSection={<IconListNumbers size={18} />} onClick={() => navigate({ name: 'forum', forumId, tab: 'agenda' }, { replace: true })}>
          {t('minutes.empty.toAgenda')}
        </Button>
      </Stack>
    </Paper>
  );
}
