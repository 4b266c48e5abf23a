/** The note's kind as a segmented control; Alt+1…4 choose it from the text box (see NoteComposer). */
import { Group, SegmentedControl, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NOTE_KINDS, type NoteKind } from '../../../shared/contract';

export const KIND_COLORS: Record<NoteKind, string> = {
  statement: 'gray',
  question: 'blue',
  proposal: 'grape',
  draft_resolution: 'orange',
};

/** Alt+digit for the kind at that place: Alt+1 statement … Alt+4 draft resolution. */
export const kindForDigit = (code: string): NoteKind | undefined => {
  const digit = /^(?:Digit|Numpad)([1-4])$/.exec(code)?.[1];
  return digit ? NOTE_KINDS[Number(digit) - 1] : undefined;
};

export function KindControl({ value, onChange, size = 'sm' }: { value: NoteKind; onChange: (kind: NoteKind) => void; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      size={size}
      value={value}
      onChange={(v) => onChange(v as NoteKind)}
      color={KIND_COLORS[value]}
      aria-label={t('notes.kind.label')}
      data-testid="note-kind"
      data={NOTE_KINDS.map((kind, i) => ({
        value: kind,
        label: (
          <Group gap={6} wrap="nowrap" justify="center">
            <span>{t(`notes.kind.${kind}`)}</span>
            <Text span fz={11} c={value === kind ? 'white' : 'dimmed'} aria-hidden>
              Alt+{i + 1}
            </Text>
          </Group>
        ),
      }))}
    />
  );
}
