/**
 * What a refused .wethi import found, below the plain-language reason: for a forum already here,
 * which kinds of records differ and how (changed, only here, only in the file); for rows that
 * belong to another forum here, which kinds and which forum; for a damaged or inconsistent file,
 * the checker's own first findings.
 */
import { List, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../../shared/api-client';
import { ForumDiffersDetails, RowsExistDetails, type SessionTableDifference } from '../../../shared/contract';

const SHOWN = 8;

export function RefusalDetails({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiCallError)) return null;
  const { messageKey, details } = error.error;
  const table = (name: string) => t(`session.refusal.table.${name}` as never, { defaultValue: name });

  const differs = messageKey === 'session.error.forum_differs' ? ForumDiffersDetails.safeParse(details) : null;
  if (differs?.success) {
    const parts = (d: SessionTableDifference) =>
      (['changed', 'onlyHere', 'onlyInFile'] as const).filter((k) => d[k] > 0).map((k) => t(`session.refusal.${k}`, { count: d[k] }));
    return (
      <Section title={t('session.refusal.whatDiffers')} testId="session-differences">
        {differs.data.differences.map((d) => (
          <List.Item key={d.table}>
            <b>{table(d.table)}</b>: {parts(d).join(' · ')}
          </List.Item>
        ))}
      </Section>
    );
  }

  const exist = messageKey === 'session.error.rows_exist' ? RowsExistDetails.safeParse(details) : null;
  if (exist?.success) {
    return (
      <Section title={t('session.refusal.rowsExist')} testId="session-differences">
        {exist.data.tables.map((d) => (
          <List.Item key={d.table}>
            <b>{table(d.table)}</b>: {t('session.refusal.rowsCount', { count: d.count })}
          </List.Item>
        ))}
        {exist.data.forums.length > 0 ? <Text size="sm">{t('session.refusal.inForums', { titles: exist.data.forums.map((f) => `“${f.title}”`).join(', ') })}</Text> : null}
      </Section>
    );
  }

  const findings = technicalFindings(details);
  if (findings.length === 0) return null;
  return (
    <Section title={t('session.refusal.technical')} testId="session-findings">
      {findings.slice(0, SHOWN).map((line) => (
        <List.Item key={line}>
          <Text span ff="monospace" size="sm">
            {line}
          </Text>
        </List.Item>
      ))}
    </Section>
  );
}

function Section({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <Stack gap={4} data-testid={testId}>
      <Text fw={600}>{title}</Text>
      <List size="sm" spacing={2}>
        {children}
      </List>
    </Stack>
  );
}

/** The file checker's findings (`problems` lines, or schema `issues` with their path), as they came. */
function technicalFindings(details: unknown): string[] {
  if (!details || typeof details !== 'object') return [];
  const { problems, issues } = details as { problems?: unknown; issues?: unknown };
  if (Array.isArray(problems)) return problems.filter((p): p is string => typeof p === 'string');
  if (Array.isArray(issues)) {
    return issues.flatMap((i) => (i && typeof i === 'object' && 'message' in i ? [`${String((i as { path?: unknown }).path ?? '')}: ${String(i.message)}`] : []));
  }
  return [];
}
