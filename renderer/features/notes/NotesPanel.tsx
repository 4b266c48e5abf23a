/** The notes tab: placeholder until its screen lands (issue 4). */
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/contract';

export function NotesPanel(_props: { forum: Output<'forums.get'> }) {
  const { t } = useTranslation();
  return <Text c="dimmed">{t('notes.comingSoon')}</Text>;
}
