/** Each project's budget against what the partners committed (current versions), with the gap; XLSX export. */
import { Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatSatang } from '../../../shared/domain/action-plan';
import { useApi } from '../../api/ApiProvider';
import { useFunding } from '../../api/queries/agreements';
import { useFileExport } from '../../ui/useFileExport';

export function FundingTable({ forumId }: { forumId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const funding = useFunding(forumId);
  const exportXlsx = useFileExport(() => api.agreements.exportFunding({ forumId }));
  const rows = funding.data ?? [];
  const money = (satang: number | null) => (satang === null ? '–' : `฿${formatSatang(satang)}`);
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={3} fz="xl">
          {t('agreements.funding.title')}
        </Title>
        <Button variant="light" leftSection={<IconFileSpreadsheet size={18} />} loading={exportXlsx.isPending} onClick={() => exportXlsx.mutate(undefined)}>
          {t('agreements.funding.export')}
        </Button>
      </Group>
      {funding.data && rows.length === 0 ? (
        <Text c="gray.7">{t('agreements.funding.empty')}</Text>
      ) : (
        <Table striped verticalSpacing="xs" data-testid="funding-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('agreements.funding.project')}</Table.Th>
              <Table.Th>{t('agreements.funding.partners')}</Table.Th>
              <Table.Th ta="right">{t('agreements.funding.budget')}</Table.Th>
              <Table.Th ta="right">{t('agreements.funding.committed')}</Table.Th>
              <Table.Th ta="right">{t('agreements.funding.gap')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.projectId}>
                <Table.Td fw={500}>{r.title}</Table.Td>
                <Table.Td>
                  {r.partners.length === 0
                    ? '–'
                    : r.partners.map((p) => (
                        <Text key={p.partnerId} size="sm">
                          {p.name}: ฿{formatSatang(p.committedSatang)}
                          {p.personDays > 0 ? ` · ${t('agreements.funding.personDays', { n: p.personDays })}` : ''}
                        </Text>
                      ))}
                </Table.Td>
                <Table.Td ta="right">{money(r.budgetSatang)}</Table.Td>
                <Table.Td ta="right">{money(r.committedSatang)}</Table.Td>
                <Table.Td ta="right" c={r.gapSatang !== null && r.gapSatang > 0 ? 'red.9' : undefined} fw={600}>
                  {r.gapSatang === null ? t('agreements.funding.noBudget') : r.gapSatang < 0 ? t('agreements.funding.over', { amount: formatSatang(-r.gapSatang) }) : money(r.gapSatang)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
