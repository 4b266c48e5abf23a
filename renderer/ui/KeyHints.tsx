/** A row of shortcuts (keycaps and what they do) next to the screen part they work in. */
import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyHint } from './key-hint';
import { Keys } from './Keys';

interface Props {
  hints: readonly KeyHint[];
  testId: string;
  /** 'xs' for the note pane, where the hints sit under the box and must stay small. */
  size?: 'xs' | 'sm';
  /** Shown at the end of the row (the note pane's draft state). */
  children?: ReactNode;
}

export function KeyHints({ hints, testId, size = 'sm', children }: Props) {
  const { t } = useTranslation();
  const row = (
    <Group gap={size === 'xs' ? 'sm' : 'md'} c="dimmed" style={{ rowGap: size === 'xs' ? 2 : 6 }} data-testid={testId}>
      {hints.map((hint) => (
        <Group key={hint.label} gap={size === 'xs' ? 3 : 4} wrap="nowrap">
          {hint.keys.map((combo) => (
            <Keys key={combo} combo={combo} />
          ))}
          <Text size={size}>{t(hint.label)}</Text>
        </Group>
      ))}
    </Group>
  );
  if (children === undefined) return row;
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      {row}
      {children}
    </Group>
  );
}
