/** "Line 7, column เพศ: unknown gender" — every rejected row, so the sheet can be fixed. */
import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RowProblem } from '../../../shared/contract';
import { useProblemText } from './problem-text';

const SHOWN = 50;

export function ProblemList({ problems, title }: { problems: RowProblem[]; title: string }) {
  const { t } = useTranslation();
  const text = useProblemText();
  if (problems.length === 0) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle />} title={title} data-testid="import-problems">
      <List spacing={4} size="md">
        {problems.slice(0, SHOWN).map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: one line can have several problems in the same column
          <List.Item key={`${p.line}-${p.column}-${i}`}>
            {t('import.problemAt', { line: p.line, column: p.column })} {text(p)}
          </List.Item>
        ))}
      </List>
      {problems.length > SHOWN ? (
        <Text mt="xs" c="dimmed">
          {t('import.moreProblems', { count: problems.length - SHOWN })}
        </Text>
      ) : null}
    </Alert>
  );
}
