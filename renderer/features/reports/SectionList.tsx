/**
 * The minutes' texts in the order the document reads: the opening, each agenda item's summary
 * (with its resolution, which is edited where the notes are), the closing, and the two
 * signature blocks.
 */
import { Divider, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconGavel } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinutesSection, SectionKey } from '../../../shared/contract';
import { itemSectionKey } from '../../../shared/contract';
import type { AgendaItem } from '../../api/queries/agenda';
import type { Resolution } from '../../api/queries/notes';
import { SectionEditor } from './SectionEditor';
import type { SectionSavers } from './section-savers';

interface Props {
  forumId: string;
  sections: MinutesSection[];
  items: AgendaItem[];
  resolutions: Resolution[];
  savers: SectionSavers;
}

export function SectionList({ forumId, sections, items, resolutions, savers }: Props) {
  const { t } = useTranslation();
  const byKey = new Map<SectionKey, MinutesSection>(sections.map((s) => [s.key, s]));
  const editor = (key: SectionKey, label: string, extra: Partial<Parameters<typeof SectionEditor>[0]> = {}) => {
    const section = byKey.get(key);
    return section ? <SectionEditor key={key} forumId={forumId} section={section} savers={savers} label={label} {...extra} /> : null;
  };

  // Notes and resolutions under no agenda item: shown only when there are some (or the text was edited), as the minutes print it.
  const unassigned = byKey.get('unassigned');
  const unassignedResolution = resolutions.find((r) => r.agendaItemId === null);
  const unassignedShown = unassigned !== undefined && (unassigned.text !== '' || unassigned.seededText !== '' || unassignedResolution !== undefined);

  return (
    <Stack gap="lg">
      <Part title={t('minutes.groups.opening')}>{editor('opening', t('minutes.section.opening'), { multiline: true })}</Part>
      <Part title={t('minutes.groups.items')}>
        {items.map((item) => {
          const resolution = resolutions.find((r) => r.agendaItemId === item.id);
          return (
            <Paper key={item.id} withBorder radius="md" p="sm" ml={item.parentId ? 'lg' : 0} data-testid="minutes-item">
              {editor(itemSectionKey(item.id), t('minutes.section.summaryOf', { number: item.number, title: item.title }), {
                multiline: true,
                seededFromNotes: true,
                placeholder: t('minutes.section.summaryPlaceholder'),
                heading: (
                  <Text fw={700} size="md">
                    {t('minutes.section.item', { number: item.number })}{' '}
                    <Text span fw={500}>
                      {item.title}
                    </Text>
                  </Text>
                ),
                footer: resolution ? <ResolutionLine text={resolution.text} /> : null,
              })}
            </Paper>
          );
        })}
        {unassignedShown && (
          <Paper withBorder radius="md" p="sm" data-testid="minutes-unassigned">
            {editor('unassigned', t('minutes.section.unassigned'), {
              multiline: true,
              seededFromNotes: true,
              heading: (
                <Text fw={700} size="md">
                  {t('minutes.section.unassigned')}
                </Text>
              ),
              footer: unassignedResolution ? <ResolutionLine text={unassignedResolution.text} /> : null,
            })}
          </Paper>
        )}
      </Part>
      <Part title={t('minutes.groups.closing')}>{editor('closing', t('minutes.section.closing'), { multiline: true })}</Part>
      <Part title={t('minutes.groups.signatures')}>
        <SimpleGrid cols={2} spacing="md">
          <Stack gap="xs">
            <Text fw={600}>{t('minutes.section.noteTaker')}</Text>
            {editor('noteTakerName', t('minutes.section.noteTakerName'), { heading: small(t('minutes.section.name')) })}
            {editor('noteTakerPosition', t('minutes.section.noteTakerPosition'), { heading: small(t('minutes.section.position')) })}
          </Stack>
          <Stack gap="xs">
            <Text fw={600}>{t('minutes.section.reviewer')}</Text>
            {editor('reviewerName', t('minutes.section.reviewerName'), { heading: small(t('minutes.section.name')) })}
            {editor('reviewerPosition', t('minutes.section.reviewerPosition'), { heading: small(t('minutes.section.position')) })}
          </Stack>
        </SimpleGrid>
      </Part>
    </Stack>
  );
}

const small = (text: string) => (
  <Text size="sm" c="dimmed">
    {text}
  </Text>
);

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="sm" component="section">
      <Divider label={<Title order={3} fz="lg">{title}</Title>} labelPosition="left" />
      {children}
    </Stack>
  );
}

/** The resolution as the minutes will print it; it is edited with the notes, not here. */
function ResolutionLine({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0} pl="xs" style={{ borderLeft: '3px solid var(--mantine-color-orange-5)' }} data-testid="minutes-resolution">
      <Group gap={4} wrap="nowrap">
        <IconGavel size={16} color="var(--mantine-color-orange-7)" />
        <Text size="sm" fw={700}>
          {t('minutes.section.resolution')}
        </Text>
        <Text size="xs" c="dimmed">
          · {t('minutes.section.resolutionHint')}
        </Text>
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {text}
      </Text>
    </Stack>
  );
}
