/** The polls tab: placeholder until its screen lands (issue 5). */
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/contract';

export function PollsPanel(_props: { forum: Output<'forums.get'> }) {
  const { t } = useTranslation();
  return <Text c="dimmed">{t('polls.comingSoon')}</Text>;
}
