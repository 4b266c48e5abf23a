/** The forums, newest first; the title opens the forum (a button, so Tab + Enter works). */
import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/contract';
import { compareThai } from '../../../shared/domain/thai-text';
import { navigate } from '../../ui/route';
import { useFormat } from '../../i18n/format';
import { ForumActionsMenu } from './ForumActionsMenu';
import { StatusBadge } from './ForumBadges';
import type { useForumActions } from './useForumActions';

type Forum = Output<'forums.get'>;

interface Props {
  forums: Forum[];
  actions: ReturnType<typeof useForumActions>;
  onEdit: (forum: Forum) => void;
  onDelete: (forum: Forum) => void;
}

export const placeOf = (forum: Pick<Forum, 'village' | 'tambon' | 'district' | 'province'>) =>
  [forum.village, forum.tambon, forum.district, forum.province].filter(Boolean).join(' · ');

export function ForumTable({ forums, actions, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const sorted = [...forums].sort((a, b) => b.date.localeCompare(a.date) || compareThai(a.title, b.title));

  return (
    <Table.ScrollContainer minWidth={880}>
      <Table verticalSpacing="sm" highlightOnHover striped="even" aria-label={t('forums.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('forum.title')}</Table.Th>
            <Table.Th w={190}>{t('forum.date')}</Table.Th>
            <Table.Th>{t('forum.venue')}</Table.Th>
            <Table.Th w={130}>{t('forum.status')}</Table.Th>
            <Table.Th w={150} ta="right">
              {t('forums.attendance')}
            </Table.Th>
            <Table.Th w={56} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((forum) => (
            <Table.Tr key={forum.id} data-forum-id={forum.id}>
              <Table.Td>
                <Stack gap={0}>
                  <Anchor component="button" type="button" fw={700} fz="lg" ta="left" className="wethi-row-link" onClick={() => navigate({ name: 'forum', forumId: forum.id, tab: 'checkin' })}>
                    {forum.title}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {t(`vocab.forumKind.${forum.kind}`)}
                    {forum.number ? ` · ${t('forum.numberShort', { number: forum.number })}` : ''}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text>{format.date(forum.date)}</Text>
                {forum.startTime ? (
                  <Text size="sm" c="dimmed">
                    {forum.endTime ? t('forum.timeRange', { start: forum.startTime, end: forum.endTime }) : t('forum.timeFrom', { start: forum.startTime })}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Text>{forum.venue ?? '—'}</Text>
                <Text size="sm" c="dimmed">
                  {placeOf(forum)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <StatusBadge forum={forum} />
                </Group>
              </Table.Td>
              <Table.Td ta="right">
                <Text fw={700} fz="lg">
                  {t('forums.checkedInOf', { checkedIn: forum.checkedInCount, registered: forum.attendeeCount })}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('forums.checkedInOfHint')}
                </Text>
              </Table.Td>
              <Table.Td>
                <ForumActionsMenu forum={forum} actions={actions} onEdit={onEdit} onDelete={onDelete} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
