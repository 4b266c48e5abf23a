/** A shortcut shown as keycaps, e.g. on a button: Ctrl + N. */
import { Group, Kbd } from '@mantine/core';

export function Keys({ combo, size = 'xs' }: { combo: string; size?: 'xs' | 'sm' | 'md' }) {
  const parts = combo.split('+');
  return (
    <Group gap={2} wrap="nowrap" component="span" style={{ display: 'inline-flex' }}>
      {parts.map((part, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one combo never reorder
        <Kbd key={i} size={size}>
          {part}
        </Kbd>
      ))}
    </Group>
  );
}
