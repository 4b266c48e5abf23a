/**
 * PDPA erasure: permanent, so the facilitator types the person's first name to confirm. Before
 * that, the dialog lists where the name or phone was typed into free text (notes, minutes,
 * project owners …) and offers to replace it there with a neutral placeholder in the same step.
 */
import { Alert, Checkbox, Loader, Paper, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/contract';
import { fullName } from '../../../shared/domain/thai-text';
import { usePersonMentions } from '../../api/queries/people';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

interface Props {
  person: Output<'people.get'> | null;
  loading: boolean;
  onConfirm: (redact: boolean) => void;
  onClose: () => void;
}

export function EraseDialog({ person, loading, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [redact, setRedact] = useState(true);
  const expected = person?.firstName ?? '';
  return (
    <ConfirmDialog
      opened={person !== null}
      title={t('pdpa.eraseTitle')}
      confirmLabel={t('pdpa.eraseConfirm')}
      danger
      size="lg"
      loading={loading}
      canConfirm={typed.trim() === expected && expected !== ''}
      onConfirm={() => onConfirm(redact)}
      onClose={() => {
        setTyped('');
        setRedact(true);
        onClose();
      }}
    >
      <Stack gap="sm">
        <Text>{t('pdpa.eraseBody', { name: person ? fullName(person) : '' })}</Text>
        {person ? <Mentions personId={person.id} redact={redact} onRedact={setRedact} /> : null}
        <Text size="sm" c="dimmed">
          {t('pdpa.backupsNote')}
        </Text>
        <TextInput
          label={t('pdpa.eraseType', { name: expected })}
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          data-autofocus
          autoComplete="off"
          name="eraseConfirm"
        />
      </Stack>
    </ConfirmDialog>
  );
}

/** Where the name appears, with the choice to redact it there. */
function Mentions({ personId, redact, onRedact }: { personId: string; redact: boolean; onRedact: (redact: boolean) => void }) {
  const { t } = useTranslation();
  const found = usePersonMentions(personId);
  if (found.isPending) {
    return (
      <Text size="sm" c="dimmed">
        <Loader size="xs" mr="xs" />
        {t('pdpa.mentionsLoading')}
      </Text>
    );
  }
  if (!found.data) return null;
  const { mentions, placeholder } = found.data;
  if (mentions.length === 0) {
    return (
      <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />}>
        {t('pdpa.mentionsNone')}
      </Alert>
    );
  }
  return (
    <Stack gap="xs" data-testid="erase-mentions">
      <Text fw={600}>{t('pdpa.mentionsFound', { count: mentions.length })}</Text>
      <Paper withBorder p="xs">
        <ScrollArea.Autosize mah={220}>
          <Stack gap={6} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {mentions.map((m) => (
              <li key={`${m.place}|${m.forumId ?? ''}|${m.id ?? ''}|${m.field}`}>
                <Text size="sm" fw={600}>
                  {t(`pdpa.place.${m.place}`)}
                  {m.forumTitle ? ` · ${m.forumTitle}` : ''}
                </Text>
                <Text size="sm" c="dimmed">
                  {m.excerpt}
                </Text>
              </li>
            ))}
          </Stack>
        </ScrollArea.Autosize>
      </Paper>
      <Checkbox checked={redact} onChange={(e) => onRedact(e.currentTarget.checked)} label={t('pdpa.redact', { placeholder })} description={t('pdpa.redactHint')} />
    </Stack>
  );
}
