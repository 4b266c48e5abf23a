/** One search result: what matched (marked), where it is from, who said it (a resolution: under which item) and when. */
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/contract';
import { useFormat } from '../../i18n/format';
import { Segments } from './Segments';

interface Props {
  hit: SearchHit;
  active: boolean;
  /** Another forum's result names its forum. */
  showForum: boolean;
  onOpen: () => void;
  onHover: () => void;
}

const KIND_COLOURS = { issue: 'grape', resolution: 'teal', note: 'gray' } as const satisfies Record<SearchHit['kind'], string>;

export const hitOptionId = (hit: SearchHit) => `search-hit-${hit.kind}-${hit.id}`;

export function SearchHitRow({ hit, active, showForum, onOpen, onHover }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const who = hit.kind === 'note' ? (hit.speaker?.name ?? t('search.unattributed')) : null;
  const item = hit.kind === 'resolution' && hit.agendaItem ? t('search.item', { number: hit.agendaItem.number, title: hit.agendaItem.title }) : null;
  return (
    <Paper
      component="button"
      type="button"
      id={hitOptionId(hit)}
      role="option"
      aria-selected={active}
      tabIndex={-1}
      withBorder
      px="sm"
      py={6}
      onMouseEnter={onHover}
      onClick={onOpen}
      data-testid="search-hit"
      data-kind={hit.kind}
      style={{
        display: 'block',
        width: '100%',
        textAlign: 'left',
        cursor: 'pointer',
        borderColor: active ? 'var(--mantine-color-wethi-7)' : undefined,
        borderWidth: active ? 2 : 1,
        background: active ? 'var(--mantine-color-wethi-0)' : undefined,
      }}
    >
      <Stack gap={2}>
        <Group gap={6} wrap="nowrap">
          <Badge size="xs" variant="light" color={KIND_COLOURS[hit.kind]} style={{ flexShrink: 0 }}>
            {t(`search.kind.${hit.kind}`)}
          </Badge>
          <Text size="xs" c="dimmed" truncate>
            {[showForum ? hit.forumTitle : null, who, item, showForum ? format.dateTime(hit.at) : format.time(hit.at)].filter(Boolean).join(' · ')}
          </Text>
        </Group>
        {hit.title ? (
          <Text fw={700} size="sm" lineClamp={2}>
            <Segments segments={hit.title} />
          </Text>
        ) : null}
        {hit.snippet.length > 0 ? (
          <Text size="sm" lineClamp={3} style={{ overflowWrap: 'anywhere' }}>
            <Segments segments={hit.snippet} />
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
