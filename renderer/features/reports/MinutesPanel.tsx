/**
 * The minutes tab (รายงานการประชุม): the note-taker's texts on the left (a summary per agenda
 * item seeded from the notes, the opening and closing, the signatures), saved as they are typed;
 * the minutes as they will print on the right, rebuilt after each pause in the typing; and the
 * exports. Ctrl+S saves now, Ctrl+P exports the PDF, from anywhere on the tab (in a box too).
 */
import { Alert, Box, Center, Grid, Group, Loader, ScrollArea, Stack, Switch, Text, Title, Tooltip } from '@mantine/core';
import { useHotkeys, useLocalStorage } from '@mantine/hooks';
import { IconInfoCircle } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Forum } from '../../../shared/contract';
import { useLabels } from '../../i18n/labels';
import { bindHotkeys } from '../../ui/key-hint';
import { Keys } from '../../ui/Keys';
import { useAgenda } from '../../api/queries/agenda';
import { useResolutions } from '../../api/queries/notes';
import { useFillHeight } from '../../ui/useFillHeight';
import { ExportButtons } from './ExportButtons';
import { MinutesEmpty } from './MinutesEmpty';
import { MINUTES_KEYS } from './minutes-keys';
import { MinutesPreview } from './MinutesPreview';
import { useSections } from '../../api/queries/reports';
import { SaveStatus } from './SaveStatus';
import { SectionList } from './SectionList';
import { SectionSavers } from './section-savers';
import { useMinutesExport } from './useMinutesExport';

export function MinutesPanel({ forum }: { forum: Forum }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const agenda = useAgenda(forum.id);
  const sections = useSections(forum.id);
  const resolutions = useResolutions(forum.id).data ?? [];
  const [savers] = useState(() => new SectionSavers());
  // Formal documents use Thai digits; the choice is remembered on this computer.
  const [thaiDigits, setThaiDigits] = useLocalStorage({ key: 'wethi.minutes.thaiDigits', defaultValue: false, getInitialValueInEffect: false });
  const exporter = useMinutesExport(forum.id, thaiDigits, savers);
  const top = useRef<HTMLDivElement>(null);
  const height = useFillHeight(top);

  // In the boxes too (no tags ignored): that is where the note-taker is when they press them.
  useHotkeys(
    [...bindHotkeys(MINUTES_KEYS.saveNow, () => void savers.flushAll()), ...bindHotkeys(MINUTES_KEYS.exportPdf, () => ready && void exporter.run('pdf'))],
    [],
  );

  const items = agenda.data?.items ?? [];
  // Without an agenda there is nothing to edit or export yet (the empty state says so).
  const ready = items.length > 0;
  const header = (
    <Group justify="space-between" wrap="nowrap" gap="sm" align="center">
      <Group gap="md" wrap="nowrap" style={{ minWidth: 0 }}>
        <Title order={2} fz={24} style={{ flexShrink: 0 }}>
          {t('minutes.title')}
        </Title>
        {ready ? (
          <Group gap={6} wrap="nowrap">
            <SaveStatus savers={savers} />
            <Group gap={3} wrap="nowrap" c="dimmed">
              <Keys combo={MINUTES_KEYS.saveNow.keys[0]} />
              <Text size="xs">{t(MINUTES_KEYS.saveNow.label)}</Text>
            </Group>
          </Group>
        ) : null}
      </Group>
      <Group gap="md" wrap="nowrap" display={ready ? undefined : 'none'}>
        <Tooltip label={t('minutes.thaiDigitsHint')} withArrow multiline w={260}>
          <Switch label={t('minutes.thaiDigits')} checked={thaiDigits} onChange={(e) => setThaiDigits(e.currentTarget.checked)} size="md" />
        </Tooltip>
        <ExportButtons running={exporter.running} onExport={(format) => void exporter.run(format)} />
      </Group>
    </Group>
  );

  const body =
    agenda.isPending || sections.isPending ? (
      <Center py="xl">
        <Loader />
      </Center>
    ) : agenda.isError || sections.isError ? (
      <Alert color="red">{labels.error(agenda.error ?? sections.error)}</Alert>
    ) : !ready ? (
      <MinutesEmpty forumId={forum.id} />
    ) : (
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <ScrollArea h={height} offsetScrollbars type="auto" data-testid="minutes-editors">
            <Stack gap="md" pr={4}>
              <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />} py="xs">
                <Text size="sm">{t('minutes.notesUntouched')}</Text>
              </Alert>
              <SectionList forumId={forum.id} sections={sections.data ?? []} items={items} resolutions={resolutions} savers={savers} />
              <Box h={8} />
            </Stack>
          </ScrollArea>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <MinutesPreview forumId={forum.id} thaiDigits={thaiDigits} height={height} />
        </Grid.Col>
      </Grid>
    );

  // The box is there, at full height, from the first render: the height is measured and the page
  // scrolled (tabs under the app header) once, on mount, while the data may still be on its way.
  return (
    <Stack gap="sm">
      {header}
      <Box ref={top} mih={height}>
        {body}
      </Box>
    </Stack>
  );
}
