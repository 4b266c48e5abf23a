/**
 * Paper ballots from a file: a CSV typed up by a helper (one ballot per line, options in rank
 * order by number or label, an optional count column) or the JSON that `wethi tally` reads.
 * The file is read and checked here first; then sent as one batch, which the host stores all
 * or none. Any problem, here or at the host, is listed by line number and nothing is stored.
 */
import { Alert, Button, Code, FileInput, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertTriangle, IconFileImport } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BallotFileResult, ImportProblem } from '../../../shared/ballot-import';
import { useApi } from '../../api/ApiProvider';
import { useFormat } from '../../i18n/format';
import { notifyDone } from '../../ui/notify';
import { decodeBallotFile, type RefusedLine, readPollBallots, refusedLines, toBallotEntries } from './ballot-file';
import type { BallotKind } from './ballot-text';
import { useApiErrorText } from '../../ui/api-errors';
import type { Poll } from '../../api/queries/polls';

interface Props {
  poll: Poll;
  kind: BallotKind;
  max?: number;
}

export function BallotImport(props: Props) {
  const { t } = useTranslation();
  const [opened, modal] = useDisclosure(false);
  return (
    <>
      <Button variant="default" leftSection={<IconFileImport size={18} />} onClick={modal.open} style={{ alignSelf: 'flex-start' }} data-testid="ballot-import-open">
        {t('polls.import.open')}
      </Button>
      <Modal opened={opened} onClose={modal.close} size="lg" title={<Text fw={700}>{t('polls.import.title')}</Text>}>
        {opened ? <ImportForm {...props} onDone={modal.close} /> : null}
      </Modal>
    </>
  );
}

function ImportForm({ poll, kind, max, onDone }: Props & { onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const errorText = useApiErrorText();
  const [file, setFile] = useState<File | null>(null);
  const [read, setRead] = useState<BallotFileResult | null>(null);
  const [refused, setRefused] = useState<{ headline: string; lines: RefusedLine[] } | null>(null);

  const choose = async (chosen: File | null) => {
    setFile(chosen);
    setRefused(null);
    setRead(chosen ? readPollBallots(decodeBallotFile(await chosen.arrayBuffer()), chosen.name, poll, kind, max) : null);
  };

  const save = useMutation({
    mutationFn: (ballots: Parameters<typeof toBallotEntries>[0]) => api.polls.addBallots({ pollId: poll.id, ballots: toBallotEntries(ballots, poll, kind) }),
    onSuccess: (result) => {
      notifyDone(t('polls.import.done', { n: format.number(result.ballots.reduce((a, b) => a + b.count, 0)) }));
      onDone();
    },
    onError: (error) => setRefused({ headline: errorText.text(error), lines: read?.ok ? refusedLines(error, read.ballots) : [] }),
  });

  const problemText = (p: ImportProblem) =>
    t(`polls.import.problem.${p.code}` as 'polls.import.problem.empty_file', { value: p.value ?? '', limit: p.limit ?? 0, count: poll.options.length });
  const lineText = (line: number | null, text: string) => (line === null ? text : t('polls.import.atLine', { line: format.number(line), text }));

  return (
    <Stack gap="md">
      <Text size="sm">{t(`polls.import.howTo.${kind}`)}</Text>
      <Code block>{t(`polls.import.example.${kind}`)}</Code>
      <Text size="sm" c="dimmed">
        {t('polls.import.formats')}
      </Text>
      <FileInput
        label={t('polls.import.file')}
        placeholder={t('polls.import.pick')}
        accept=".csv,.txt,.tsv,.json,text/csv,application/json"
        value={file}
        onChange={(f) => void choose(f)}
        clearable
        data-testid="ballot-import-file"
      />
      {read && !read.ok ? (
        <Alert color="red" icon={<IconAlertTriangle />} title={t('polls.import.refusedTitle')} data-testid="ballot-import-problems">
          <List size="sm" spacing={2}>
            {read.problems.map((p) => (
              <List.Item key={`${p.line}-${p.code}-${p.value ?? ''}`}>{lineText(p.line, problemText(p))}</List.Item>
            ))}
          </List>
          <Text size="sm" fw={600} mt="xs">
            {t('polls.import.nothingSaved')}
          </Text>
        </Alert>
      ) : null}
      {refused ? (
        <Alert color="red" icon={<IconAlertTriangle />} title={refused.headline} data-testid="ballot-import-problems">
          <List size="sm" spacing={2}>
            {refused.lines.map((l) => (
              <List.Item key={`${l.line}-${l.message}`}>{lineText(l.line, l.message)}</List.Item>
            ))}
          </List>
          <Text size="sm" fw={600} mt="xs">
            {t('polls.import.nothingSaved')}
          </Text>
        </Alert>
      ) : null}
      {read?.ok && !refused ? (
        <Alert color="wethi" title={t('polls.import.readyTitle')} data-testid="ballot-import-ready">
          {t('polls.import.ready', { lines: format.number(read.ballots.length), n: format.number(read.total) })}
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button disabled={!read?.ok || refused !== null} loading={save.isPending} onClick={() => read?.ok && save.mutate(read.ballots)} data-testid="ballot-import-save">
          {read?.ok ? t('polls.import.save', { n: format.number(read.total) }) : t('polls.import.saveNone')}
        </Button>
      </Group>
    </Stack>
  );
}
