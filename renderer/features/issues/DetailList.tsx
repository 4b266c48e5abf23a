/**
 * One of an issue's lists (causes, potentials, needs), edited where it is shown: click a line
 * to change it, Enter keeps it, Esc leaves it; the box at the bottom adds a line with Enter.
 * Every change saves the whole list, as `issues.update` takes it.
 */
import { ActionIcon, Group, List, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueDetail } from '../../../shared/contract';

interface Props {
  label: string;
  color: string;
  items: IssueDetail[];
  onSave: (lines: string[]) => void;
  testId: string;
}

export function DetailList({ label, color, items, onSave, testId }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [adding, setAdding] = useState('');
  const texts = items.map((i) => i.text);

  const commitEdit = (index: number) => {
    const text = draft.trim();
    setEditing(null);
    if (text === texts[index]) return;
    onSave(text ? texts.map((x, i) => (i === index ? text : x)) : texts.filter((_, i) => i !== index));
  };

  const keys = (onEnter: () => void, onEscape: () => void) => (e: KeyboardEvent<HTMLInputElement>) => {
    e.stopPropagation();
    if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      onEnter();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onEscape();
    }
  };

  return (
    <Stack gap={4} data-testid={testId}>
      <Text fw={700} c={color} size="sm">
        {label}
      </Text>
      {items.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('issues.details.none')}
        </Text>
      ) : (
        <List size="md" spacing={2} withPadding={false} listStyleType="disc" pl="md">
          {items.map((item, index) => (
            <List.Item key={item.id}>
              {editing === item.id ? (
                <TextInput
                  size="xs"
                  autoFocus
                  value={draft}
                  onChange={(e) => setDraft(e.currentTarget.value)}
                  onKeyDown={keys(
                    () => commitEdit(index),
                    () => setEditing(null),
                  )}
                  onBlur={() => commitEdit(index)}
                  aria-label={t('issues.details.editItem')}
                  maxLength={1000}
                />
              ) : (
                <Group gap={4} wrap="nowrap" align="flex-start">
                  <UnstyledButton
                    onClick={() => {
                      setEditing(item.id);
                      setDraft(item.text);
                    }}
                    title={t('issues.details.editItem')}
                    style={{ flex: 1 }}
                  >
                    <Text size="md" lh={1.55}>
                      {item.text}
                    </Text>
                  </UnstyledButton>
                  <ActionIcon size="sm" variant="subtle" color="gray" aria-label={t('issues.details.remove')} onClick={() => onSave(texts.filter((_, i) => i !== index))}>
                    <IconX size={14} />
                  </ActionIcon>
                </Group>
              )}
            </List.Item>
          ))}
        </List>
      )}
      <TextInput
        size="xs"
        placeholder={t('issues.details.addPlaceholder')}
        aria-label={`${label}: ${t('issues.details.addPlaceholder')}`}
        value={adding}
        onChange={(e) => setAdding(e.currentTarget.value)}
        onKeyDown={keys(
          () => {
            const text = adding.trim();
            if (!text) return;
            onSave([...texts, text]);
            setAdding('');
          },
          () => setAdding(''),
        )}
        maxLength={1000}
      />
    </Stack>
  );
}
