/** Shown when the page was opened without the launch link's token, or with an old one. */
import { Alert, Code, Container, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

export function UnauthorizedScreen() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py={64}>
      <Stack gap="lg">
        <Group justify="flex-end">
          <LanguageSwitch />
        </Group>
        <Title order={1}>{t('unauthorized.title')}</Title>
        <Alert color="orange" icon={<IconKey />} title={t('unauthorized.why')}>
          {t('unauthorized.body')}
        </Alert>
        <Text fw={500}>{t('unauthorized.howTitle')}</Text>
        <List type="ordered" spacing="sm">
          <List.Item>{t('unauthorized.step1')}</List.Item>
          <List.Item>
            {t('unauthorized.step2')} <Code fz="md">npm run start:web</Code>
          </List.Item>
          <List.Item>{t('unauthorized.step3')}</List.Item>
        </List>
      </Stack>
    </Container>
  );
}
