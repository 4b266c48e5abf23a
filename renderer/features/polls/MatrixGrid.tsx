/**
 * One scorer's sheet: option × criterion, typed cell by cell with Tab. A score off the scale is
 * shown red and never sent; a valid one is saved as soon as it is typed (an emptied cell is
 * cleared), so the results beside it follow the room's scoring live.
 */
import { Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScorerRef } from '../../../shared/contract';
import { useApi } from '../../api/ApiProvider';
import { useFormat } from '../../i18n/format';
import { CountInput } from './CountInput';
import { latinDigits } from '../../ui/digits';
import { useNotifyApiError } from '../../ui/api-errors';
import type { Poll, PollInputs } from '../../api/queries/polls';
import { useSerialQueue } from '../../ui/useSerialQueue';

type MatrixPoll = Extract<Poll, { method: 'score_matrix' }>;

const cellKey = (optionId: string, criterion: string) => `${optionId}\u0000${criterion}`;

function parseScore(text: string): number | null | 'invalid' {
  const cleaned = latinDigits(text).trim();
  if (cleaned === '') return null;
  return /^-?\d{1,4}$/.test(cleaned) ? Number(cleaned) : 'invalid';
}

interface Props {
  poll: MatrixPoll;
  scorer: ScorerRef;
  stored: PollInputs['scorers'][number] | undefined;
}

export function MatrixGrid({ poll, scorer, stored }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const onError = useNotifyApiError();
  const enqueue = useSerialQueue();
  const { criteria, scale } = poll.rules;
  const open = poll.status === 'open';
  const [cells, setCells] = useState<Record<string, string>>(() => {
    const out: Record<string, string> = {};
    for (const [optionId, byCriterion] of Object.entries(stored?.scores ?? {})) {
      for (const [criterion, score] of Object.entries(byCriterion)) out[cellKey(optionId, criterion)] = String(score);
    }
    return out;
  });
  const [sent, setSent] = useState<Record<string, number | null>>({});

  const scoreAt = (optionId: string, criterion: string) => {
    const parsed = parseScore(cells[cellKey(optionId, criterion)] ?? '');
    if (parsed === 'invalid' || (parsed !== null && (parsed < scale.min || parsed > scale.max))) return 'invalid' as const;
    return parsed;
  };

  const change = (optionId: string, criterion: string, text: string) => {
    const key = cellKey(optionId, criterion);
    setCells((c) => ({ ...c, [key]: text }));
    const parsed = parseScore(text);
    if (parsed === 'invalid' || (parsed !== null && (parsed < scale.min || parsed > scale.max))) return;
    if (sent[key] === parsed) return;
    setSent((s) => ({ ...s, [key]: parsed }));
    enqueue(() => api.polls.setScores({ pollId: poll.id, scorer, scores: { [optionId]: { [criterion]: parsed } } })).catch(onError);
  };

  const rowTotal = (optionId: string) => {
    let total = 0;
    for (const c of criteria) {
      const v = scoreAt(optionId, c.name);
      if (typeof v !== 'number') return null;
      total += v * c.weight;
    }
    return total;
  };

  return (
    <Table withTableBorder withColumnBorders verticalSpacing={4} horizontalSpacing={6} data-testid="matrix-grid">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('polls.matrix.option')}</Table.Th>
          {criteria.map((c) => (
            <Table.Th key={c.name} ta="center" maw={130}>
              <Text size="sm" fw={700} lh={1.3}>
                {c.name}
              </Text>
              <Text size="xs" c="dimmed">
                ×{format.number(c.weight)}
              </Text>
            </Table.Th>
          ))}
          <Table.Th ta="right">{t('polls.matrix.weighted')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {poll.options.map((o) => {
          const total = rowTotal(o.id);
          return (
            <Table.Tr key={o.id}>
              <Table.Td>
                <Text fw={500} lineClamp={2}>
                  {o.position}. {o.label}
                </Text>
              </Table.Td>
              {criteria.map((c) => {
                const v = scoreAt(o.id, c.name);
                return (
                  <Table.Td key={c.name}>
                    <CountInput
                      size="md"
                      w={64}
                      mx="auto"
                      disabled={!open}
                      aria-label={t('polls.matrix.cell', { option: o.label, criterion: c.name })}
                      value={cells[cellKey(o.id, c.name)] ?? ''}
                      onChange={(text) => change(o.id, c.name, text)}
                      error={v === 'invalid'}
                      title={v === 'invalid' ? t('polls.matrix.offScale', { min: scale.min, max: scale.max }) : undefined}
                      styles={{ input: { textAlign: 'center', fontWeight: 700 } }}
                    />
                  </Table.Td>
                );
              })}
              <Table.Td ta="right" fw={700}>
                {total === null ? '—' : format.number(total)}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
