/** Rows that look like someone already in the register: merge with them, or add as a new person. */
import { Paper, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../shared/contract';
import { fullName } from '../../../shared/domain/thai-text';

export const NEW_PERSON = 'new';

interface Props {
  duplicates: ImportPreview['duplicates'];
  /** line → existing person id, or NEW_PERSON. */
  choices: Record<number, string>;
  onChange: (line: number, choice: string) => void;
}

export function DuplicateChoices({ duplicates, choices, onChange }: Props) {
  const { t } = useTranslation();
  const byLine = new Map<number, ImportPreview['duplicates']>();
  for (const d of duplicates) byLine.set(d.line, [...(byLine.get(d.line) ?? []), d]);
  return (
    <Stack gap="sm" data-testid="import-duplicates">
      {[...byLine.entries()].map(([line, candidates]) => (
        <Paper key={line} withBorder p="sm" radius="md">
          <Radio.Group value={choices[line] ?? NEW_PERSON} onChange={(v) => onChange(line, v)} label={t('import.duplicateLine', { line })}>
            <Stack gap={6} mt={6}>
              {candidates.map((c) => (
                <Radio
                  key={c.existing.id}
                  value={c.existing.id}
                  label={
                    <Text span>
                      {t('import.samePerson', { name: fullName(c.existing) })}{' '}
                      <Text span c="dimmed">
                        ({t(c.by === 'phone' ? 'import.byPhone' : 'import.byName')}
                        {c.existing.phone ? ` · ${c.existing.phone}` : ''}
                        {c.existing.organisation ? ` · ${c.existing.organisation}` : ''})
                      </Text>
                    </Text>
                  }
                />
              ))}
              <Radio value={NEW_PERSON} label={t('import.newPerson')} />
            </Stack>
          </Radio.Group>
        </Paper>
      ))}
    </Stack>
  );
}
