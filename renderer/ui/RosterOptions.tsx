/**
 * The matches of a roster type-ahead (useRosterSearch) as a listbox: badge number and name, the
 * highlighted one outlined, people not yet arrived dimmed. The mouse picks too; the focus stays
 * in the box (the options are not tab stops).
 */
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Participant } from '../api/queries/speakers';

interface Props {
  id: string;
  label: string;
  matches: readonly Participant[];
  active: number;
  optionId: (personId: string) => string;
  onPick: (person: Participant) => void;
  onHover: (index: number) => void;
  /** The speakers queue's larger rows; the note pane's picker is compact. */
  large?: boolean;
  /** What else to say about a person, at the end of their row. */
  extra?: (person: Participant) => ReactNode;
}

export function RosterOptions({ id, label, matches, active, optionId, onPick, onHover, large = false, extra }: Props) {
  return (
    <Stack gap={4} role="listbox" id={id} aria-label={label}>
      {matches.map((person, i) => (
        <Paper
          key={person.id}
          component="button"
          type="button"
          id={optionId(person.id)}
          role="option"
          aria-selected={i === active}
          tabIndex={-1}
          withBorder
          radius={large ? 'md' : undefined}
          px={large ? 'md' : 'sm'}
          py={large ? 6 : 4}
          onMouseEnter={() => onHover(i)}
          onClick={() => onPick(person)}
          style={{
            display: 'block',
            width: '100%',
            textAlign: 'left',
            cursor: 'pointer',
            borderColor: i === active ? 'var(--mantine-color-wethi-7)' : undefined,
            borderWidth: i === active ? 2 : 1,
            background: i === active ? 'var(--mantine-color-wethi-0)' : undefined,
            opacity: person.checkedIn ? 1 : 0.75,
          }}
        >
          <Group justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
              <Badge size="lg" variant="outline" style={{ flexShrink: 0 }}>
                #{person.number}
              </Badge>
              <Text fz={large ? 'lg' : undefined} fw={600} truncate>
                {person.name}
              </Text>
            </Group>
            {extra ? (
              <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
                {extra(person)}
              </Group>
            ) : null}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
