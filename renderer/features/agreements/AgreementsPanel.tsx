/**
 * The partners-and-agreements tab: the forum's agreements (บันทึกข้อตกลงความร่วมมือ) with their
 * versions and exports, what each project gets from the partners against its budget, and the
 * partners themselves.
 */
import { Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/contract';
import { bindHotkeys } from '../../ui/key-hint';
import { Keys } from '../../ui/Keys';
import { AGREEMENT_KEYS } from './agreement-keys';
import { AgreementCard } from './AgreementCard';
import { AgreementEditor, type EditorTarget } from './AgreementEditor';
import { FundingTable } from './FundingTable';
import { PartnersTable } from './PartnersTable';
import { useAgreements } from '../../api/queries/agreements';

export function AgreementsPanel({ forum }: { forum: Output<'forums.get'> }) {
  const { t } = useTranslation();
  const agreements = useAgreements(forum.id);
  const [editing, setEditing] = useState<EditorTarget | null>(null);
  useHotkeys(bindHotkeys(AGREEMENT_KEYS.newAgreement, () => setEditing({ kind: 'new' })));
  const list = agreements.data ?? [];
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} fz={24}>
          {t('agreements.title')}
        </Title>
        <Button leftSection={<IconPlus size={18} />} rightSection={<Keys combo="Alt+N" />} onClick={() => setEditing({ kind: 'new' })}>
          {t('agreements.new')}
        </Button>
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            {agreements.data && list.length === 0 ? (
              <Paper withBorder p="lg" radius="md" bg="gray.0">
                <Text fz="lg">{t('agreements.empty')}</Text>
                <Text c="gray.7">{t('agreements.emptyHint')}</Text>
              </Paper>
            ) : (
              list.map((a) => <AgreementCard key={a.agreementId} forumId={forum.id} summary={a} onEdit={setEditing} />)
            )}
            <FundingTable forumId={forum.id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <PartnersTable forumId={forum.id} />
        </Grid.Col>
      </Grid>
      <AgreementEditor forumId={forum.id} target={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}
