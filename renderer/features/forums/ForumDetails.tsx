/** Every field of the forum at a glance, with edit, duplicate and archive at hand. */
import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArchive, IconArchiveOff, IconCopy, IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/contract';
import { navigate } from '../../ui/route';
import { useFormat } from '../../i18n/format';
import type { ForumSlot } from '../../ui/slots';
import { ForumTieRuleField } from './ForumTieRuleField';
import { ForumFormModal } from './ForumFormModal';
import { useForumActions } from './useForumActions';

type Forum = Output<'forums.get'>;

export function ForumDetails({ forum, slots }: { forum: Forum; slots: { SessionExport: ForumSlot } }) {
  const { t } = useTranslation();
  const format = useFormat();
  const actions = useForumActions();
  const [editOpen, edit] = useDisclosure(false);
  const rows: [string, ReactNode][] = [
    [t('forum.title'), forum.title],
    [t('forum.kind'), t(`vocab.forumKind.${forum.kind}`)],
    [t('forum.number'), forum.number],
    [t('forum.status'), t(`vocab.status.${forum.status}`)],
    [t('forum.date'), format.date(forum.date)],
    [t('forum.time'), forum.startTime ? `${forum.startTime}${forum.endTime ? ` – ${forum.endTime}` : ''}` : null],
    [t('forum.venue'), forum.venue],
    [t('forum.village'), forum.village],
    [t('forum.tambon'), forum.tambon],
    [t('forum.district'), forum.district],
    [t('forum.province'), forum.province],
    [t('forum.organiser'), forum.organiser],
    [t('forum.facilitator'), forum.facilitator],
    [t('forum.noteTaker'), forum.noteTaker],
    [t('forum.iap2Level'), forum.iap2Level ? `${t(`vocab.iap2.${forum.iap2Level}`)} — ${t(`vocab.iap2Help.${forum.iap2Level}`)}` : null],
    [
      t('forum.expectedSectors'),
      forum.expectedSectors.length ? (
        <Group gap={6} key="sectors">
          {forum.expectedSectors.map((s) => (
            <Badge key={s} variant="light" size="lg">
              {t(`vocab.sector.${s}`)}
            </Badge>
          ))}
        </Group>
      ) : null,
    ],
    [t('polls.forumTieRule.label'), <ForumTieRuleField key="tie-rule" forumId={forum.id} value={forum.defaultTieRule} />],
  ];

  return (
    <Stack gap="md">
      <Group>
        <Button leftSection={<IconPencil size={18} />} onClick={edit.open}>
          {t('common.edit')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconCopy size={18} />}
          loading={actions.duplicate.isPending}
          onClick={() => actions.duplicate.mutate(forum, { onSuccess: (copy) => navigate({ name: 'forum', forumId: copy.id, tab: 'details' }) })}
        >
          {t('forums.duplicate')}
        </Button>
        <Button
          variant="default"
          leftSection={forum.archived ? <IconArchiveOff size={18} /> : <IconArchive size={18} />}
          onClick={() => actions.setArchived.mutate({ forum, archived: !forum.archived })}
        >
          {forum.archived ? t('forums.unarchive') : t('forums.archive')}
        </Button>
        <slots.SessionExport forumId={forum.id} />
      </Group>
      <Paper withBorder p="lg" radius="md">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" verticalSpacing="sm">
          {rows.map(([label, value]) => (
            <Group key={label} wrap="nowrap" align="flex-start" gap="md">
              <Text c="dimmed" w={190} style={{ flexShrink: 0 }}>
                {label}
              </Text>
              {value === null || value === '' ? <Text c="dimmed">—</Text> : typeof value === 'string' ? <Text fw={500}>{value}</Text> : value}
            </Group>
          ))}
        </SimpleGrid>
      </Paper>
      <Text size="sm" c="dimmed">
        {t('forumDetails.updatedAt', { at: format.dateTime(forum.updatedAt) })}
      </Text>
      <ForumFormModal opened={editOpen} forum={forum} onClose={edit.close} />
    </Stack>
  );
}
