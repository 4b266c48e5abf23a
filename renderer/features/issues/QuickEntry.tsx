/**
 * Typing issues as the room calls them out: one per line, Ctrl+Enter adds them all, and the box
 * stays open and focused for the next round. Bullets and numbers typed at the start of a line
 * are dropped by the server.
 */
import { Button, Group, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { type KeyboardEvent, type Ref, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Keys } from '../../ui/Keys';
import type { AgendaItem } from '../../api/queries/agenda';

interface Props {
  textareaRef: Ref<HTMLTextAreaElement>;
  currentItem: AgendaItem | null;
  categories: { value: string; label: string }[];
  saving: boolean;
  onAdd: (text: string, category: string | null) => Promise<unknown>;
  onLeave: () => void;
}

const countLines = (text: string) => text.split('\n').filter((l) => l.trim()).length;

export function QuickEntry({ textareaRef, currentItem, categories, saving, onAdd, onLeave }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [category, setCategory] = useState<string | null>(null);
  const lines = countLines(text);

  const add = async () => {
    if (lines === 0 || saving) return;
    try {
      await onAdd(text, category);
      setText('');
    } catch {
      // The error is already shown; the text stays so nothing typed is lost.
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void add();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onLeave();
    }
  };

  return (
    <Paper withBorder radius="md" p="md" bg="gray.0" data-testid="quick-entry">
      <Stack gap="xs">
        <Textarea
          ref={textareaRef}
          label={
            <Group gap="xs" component="span">
              <span>{t('issues.quick.label')}</span>
              <Keys combo="Q" />
            </Group>
          }
          placeholder={t('issues.quick.placeholder')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          onKeyDown={onKeyDown}
          autosize
          minRows={3}
          maxRows={10}
          size="md"
          spellCheck={false}
        />
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              {currentItem ? t('issues.quick.agendaNote', { number: currentItem.number, title: currentItem.title }) : t('issues.quick.noAgenda')}
            </Text>
            <Group gap={6} c="dimmed">
              <Keys combo="Esc" />
              <Text size="sm">{t('issues.quick.hint')}</Text>
            </Group>
          </Stack>
          <Group gap="sm" align="flex-end">
            <Select
              w={220}
              label={t('issues.quick.category')}
              placeholder={t('issues.uncategorised')}
              data={categories}
              value={category}
              onChange={setCategory}
              clearable
            />
            <Button onClick={() => void add()} loading={saving} disabled={lines === 0} rightSection={<Keys combo="Ctrl+Enter" />}>
              {t('issues.quick.add', { count: lines })}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
