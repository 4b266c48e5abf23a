/**
 * One editable text of the minutes: its heading, an "edited" badge and a reset (with a confirm
 * that shows what the text goes back to), and the box itself, saved as it is typed.
 */
import { Badge, Box, Button, Group, Paper, ScrollArea, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { memo, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinutesSection } from '../../../shared/contract';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { notifyDone, useNotifyError } from '../../ui/notify';
import type { SectionSavers } from './section-savers';
import { useSectionText } from './useSectionText';

interface Props {
  forumId: string;
  section: MinutesSection;
  savers: SectionSavers;
  /** What the box is called (its accessible name, and the heading of a one-line field). */
  label: string;
  /** A heading above a long text; one-line fields use `label`. */
  heading?: ReactNode;
  /** One line (a name, a position) or a paragraph. */
  multiline?: boolean;
  /** Item summaries are seeded from the notes; the fixed texts from the forum's data. */
  seededFromNotes?: boolean;
  placeholder?: string;
  /** Shown under the box, e.g. the item's resolution. */
  footer?: ReactNode;
}

export const SectionEditor = memo(function SectionEditor(props: Props) {
  const { forumId, section, savers, label, heading, multiline = false, seededFromNotes = false, placeholder, footer } = props;
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const text = useSectionText(forumId, section, savers);
  const [confirming, setConfirming] = useState(false);
  const [resetting, setResetting] = useState(false);

  const reset = async () => {
    setResetting(true);
    try {
      await text.reset();
      setConfirming(false);
      notifyDone(t('minutes.reset.done', { label }), { group: 'minutes-reset' });
    } catch (error) {
      notifyError(error);
    } finally {
      setResetting(false);
    }
  };

  const resetLabel = seededFromNotes ? t('minutes.reset.fromNotes') : t('minutes.reset.toDefault');
  const tools = section.edited ? (
    <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
      <Badge color="orange" variant="light" size="sm" data-testid="section-edited">
        {t('minutes.section.edited')}
      </Badge>
      <Button size="compact-sm" variant="subtle" leftSection={<IconArrowBackUp size={16} />} onClick={() => setConfirming(true)} aria-label={`${resetLabel}: ${label}`}>
        {resetLabel}
      </Button>
    </Group>
  ) : null;

  const box = multiline ? (
    <Textarea
      aria-label={label}
      value={text.value}
      onChange={(e) => text.change(e.currentTarget.value)}
      onBlur={text.flush}
      placeholder={placeholder}
      autosize
      minRows={3}
      maxRows={14}
      size="md"
      styles={{ input: { lineHeight: 1.6 } }}
    />
  ) : (
    <TextInput aria-label={label} value={text.value} onChange={(e) => text.change(e.currentTarget.value)} onBlur={text.flush} placeholder={placeholder} />
  );

  return (
    <Box data-testid="minutes-section" data-key={section.key} data-state={text.state}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" gap="xs" mih={26}>
          <Box style={{ minWidth: 0 }}>{heading ?? <Text size="sm" fw={600}>{label}</Text>}</Box>
          {tools}
        </Group>
        {box}
        {footer}
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={seededFromNotes ? t('minutes.reset.titleFromNotes') : t('minutes.reset.titleDefault')}
        confirmLabel={t('minutes.reset.confirm')}
        loading={resetting}
        onConfirm={() => void reset()}
        onClose={() => setConfirming(false)}
      >
        <Stack gap="xs">
          <Text>{t('minutes.reset.body')}</Text>
          <Paper withBorder p="sm" bg="gray.0">
            <ScrollArea.Autosize mah={240}>
              <Text style={{ whiteSpace: 'pre-wrap' }} c={section.seededText ? undefined : 'dimmed'}>
                {section.seededText || t('minutes.reset.emptySeed')}
              </Text>
            </ScrollArea.Autosize>
          </Paper>
        </Stack>
      </ConfirmDialog>
    </Box>
  );
});
