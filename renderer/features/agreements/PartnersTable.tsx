/** Every partner (shared by all forums): kind, sector, contact; new, edit, and delete with Undo. */
import { Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider';
import { notifyDone, useNotifyError } from '../../ui/notify';
import { PartnerModal } from './PartnerModal';
import { type Partner, usePartners } from '../../api/queries/agreements';

export function PartnersTable({ forumId }: { forumId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const notifyError = useNotifyError();
  const partners = usePartners();
  const [editing, setEditing] = useState<Partner | 'new' | null>(null);
  const remove = (p: Partner) =>
    api.partners.delete({ id: p.id }).then(
      () => notifyDone(t('agreements.partner.deleted', { name: p.name }), { undo: { label: t('common.undo'), onUndo: () => void api.partners.restore({ id: p.id }).catch(notifyError) } }),
      notifyError,
    );
  const list = partners.data ?? [];
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={3} fz="xl">
          {t('agreements.partners.title')}
        </Title>
        <Button variant="light" leftSection={<IconPlus size={18} />} onClick={() => setEditing('new')}>
          {t('agreements.partners.new')}
        </Button>
      </Group>
      {partners.data && list.length === 0 ? (
        <Text c="gray.7">{t('agreements.partners.empty')}</Text>
      ) : (
        <Table striped verticalSpacing="xs" data-testid="partners-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('agreements.partner.name')}</Table.Th>
              <Table.Th>{t('agreements.partner.kind')}</Table.Th>
              <Table.Th>{t('agreements.partner.sector')}</Table.Th>
              <Table.Th>{t('agreements.partner.contact')}</Table.Th>
              <Table.Th w={120}>
                <span className="visually-hidden">{t('agreements.actions')}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td fw={500}>{p.name}</Table.Td>
                <Table.Td>{t(`agreements.partnerKind.${p.kind}`)}</Table.Td>
                <Table.Td>{p.sector ? t(`vocab.sector.${p.sector}`) : '–'}</Table.Td>
                <Table.Td>{[p.contact.name, p.contact.position, p.contact.phone].filter(Boolean).join(' · ') || '–'}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button size="compact-sm" variant="subtle" aria-label={t('agreements.partner.editNamed', { name: p.name })} onClick={() => setEditing(p)}>
                      <IconPencil size={16} />
                    </Button>
                    <Button size="compact-sm" variant="subtle" color="red" aria-label={t('agreements.partner.deleteNamed', { name: p.name })} onClick={() => void remove(p)}>
                      <IconTrash size={16} />
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <PartnerModal forumId={forumId} partner={editing} onClose={() => setEditing(null)} />
    </Paper>
  );
}
