/** The first rows as read from the file; rows with a problem are tinted. */
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../shared/contract';

export function SampleTable({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const badLines = new Set(preview.rejected.map((p) => p.line));
  return (
    <Table.ScrollContainer minWidth={Math.max(600, preview.headers.length * 110)}>
      <Table striped="even" verticalSpacing={4} fz="sm" aria-label={t('import.sample')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={64}>{t('import.line')}</Table.Th>
            {preview.headers.map((h) => (
              <Table.Th key={h}>{h}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.sample.map((row) => (
            <Table.Tr key={row.line} bg={badLines.has(row.line) ? 'red.0' : undefined}>
              <Table.Td>
                <Text size="sm" c={badLines.has(row.line) ? 'red.8' : 'dimmed'} fw={badLines.has(row.line) ? 700 : undefined}>
                  {row.line}
                </Text>
              </Table.Td>
              {preview.headers.map((h) => (
                <Table.Td key={h}>{row.cells[h]}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
