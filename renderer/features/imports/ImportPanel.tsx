/**
 * Import a sign-in sheet: choose the file, check the preview (columns, sample rows, problems,
 * people already in the register), then import everything or nothing.
 */
import { Alert, Button, Checkbox, Group, Paper, Progress, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportField, ImportPreview, ImportResult, Output } from '../../../shared/contract';
import { useApi } from '../../api/ApiProvider';
import { useLabels } from '../../i18n/labels';
import { fileToBase64 } from '../../ui/download';
import { DuplicateChoices, NEW_PERSON } from './DuplicateChoices';
import { FileDrop } from './FileDrop';
import { ImportResultView } from './ImportResultView';
import { MappingTable } from './MappingTable';
import { ProblemList } from './ProblemList';
import { SampleTable } from './SampleTable';
import { TemplateButtons } from './TemplateButtons';

type Forum = Output<'forums.get'>;
type SheetFile = { fileName: string; dataBase64: string };

export function ImportPanel({ forum }: { forum: Forum }) {
  const { t } = useTranslation();
  const api = useApi();
  const labels = useLabels();
  const [file, setFile] = useState<SheetFile | null>(null);
  const [mapping, setMapping] = useState<Record<string, ImportField | null>>({});
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [merge, setMerge] = useState<Record<number, string>>({});
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [checkIn, setCheckIn] = useState(false);
  // Who recorded the consent is a person at this forum, never the file: the facilitator, or left for them to fill in.
  const [consentBy, setConsentBy] = useState(forum.facilitator ?? '');
  const [result, setResult] = useState<ImportResult | null>(null);

  const runPreview = useMutation({
    mutationFn: (input: { file: SheetFile; mapping: Record<string, ImportField | null> }) =>
      api.imports.preview({ forumId: forum.id, file: input.file, mapping: input.mapping }),
    onSuccess: (p) => {
      setPreview(p);
      // Someone with the same phone is almost surely the same person; a shared name is offered, not assumed.
      setMerge((current) => {
        const next: Record<number, string> = {};
        for (const d of p.duplicates) {
          const kept = current[d.line];
          if (kept !== undefined) next[d.line] = kept;
          else if (d.by === 'phone') next[d.line] = d.existing.id;
          else next[d.line] ??= NEW_PERSON;
        }
        return next;
      });
    },
  });

  const commit = useMutation({
    mutationFn: () => {
      if (!file) throw new Error('no file');
      const mergeDuplicates = Object.fromEntries(Object.entries(merge).filter(([, id]) => id !== NEW_PERSON));
      return api.imports.commit({
        forumId: forum.id,
        file,
        mapping,
        skipInvalid,
        checkIn,
        mergeDuplicates,
        consentRecordedBy: consentBy.trim() || undefined,
      });
    },
    onSuccess: setResult,
  });

  const choose = async (picked: File) => {
    const next = { fileName: picked.name, dataBase64: await fileToBase64(picked) };
    setFile(next);
    setMapping({});
    setPreview(null);
    setMerge({});
    setResult(null);
    commit.reset();
    runPreview.mutate({ file: next, mapping: {} });
  };
  const remap = (header: string, field: ImportField | null) => {
    if (!file) return;
    const next = { ...mapping, [header]: field };
    setMapping(next);
    runPreview.mutate({ file, mapping: next });
  };
  const startOver = () => {
    setFile(null);
    setPreview(null);
    setResult(null);
    runPreview.reset();
    commit.reset();
  };

  if (result) return <ImportResultView result={result} forumId={forum.id} onAgain={startOver} />;

  const problems = preview?.rejected.length ?? 0;
  const invalid = preview?.rejectedRows ?? 0;
  const importable = preview ? (invalid > 0 && !skipInvalid ? 0 : preview.validCount) : 0;
  const hasSensitive = preview ? Object.values(preview.mapping).includes('disadvantagedGroups') : false;

  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text fz="lg">
          {t('import.intro')}
        </Text>
        <TemplateButtons />
      </Group>
      <FileDrop onFile={(f) => void choose(f)} disabled={commit.isPending} />
      {runPreview.isPending ? <Progress value={100} animated striped size="lg" aria-label={t('import.reading')} /> : null}
      {runPreview.error ? (
        <Alert color="red" title={t('import.unreadableTitle')}>
          {labels.error(runPreview.error)}
        </Alert>
      ) : null}

      {preview && file ? (
        <Stack gap="lg">
          <Paper withBorder p="md" radius="md">
            <Group gap="xl">
              <Stack gap={0}>
                <Text c="dimmed" size="sm">
                  {t('import.file')}
                </Text>
                <Text fw={700}>{file.fileName}</Text>
              </Stack>
              <Stack gap={0}>
                <Text c="dimmed" size="sm">
                  {t('import.encoding')}
                </Text>
                <Text fw={500}>{preview.format === 'xlsx' ? 'Excel (XLSX)' : `CSV · ${preview.encoding}`}</Text>
              </Stack>
              <Stack gap={0}>
                <Text c="dimmed" size="sm">
                  {t('import.rows')}
                </Text>
                <Text fw={500} data-testid="import-counts">
                  {t('import.rowCounts', { rows: preview.rowCount, valid: preview.validCount, invalid })}
                  {problems > 0 ? ` ${t('import.problemCount', { count: problems })}` : ''}
                </Text>
              </Stack>
            </Group>
          </Paper>

          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            <Stack gap="xs">
              <Title order={3}>{t('import.mapping')}</Title>
              <Text c="dimmed" size="sm">
                {t('import.mappingHint')}
              </Text>
              <MappingTable preview={preview} onChange={remap} disabled={runPreview.isPending || commit.isPending} />
            </Stack>
            <Stack gap="md">
              <ProblemList problems={preview.rejected} title={t('import.problemsTitle', { count: problems, rows: invalid })} />
              {invalid === 0 ? (
                <Alert color="green" icon={<IconCircleCheck />}>
                  {t('import.allValid', { count: preview.validCount })}
                </Alert>
              ) : null}
              {preview.duplicates.length > 0 ? (
                <Stack gap="xs">
                  <Title order={3}>{t('import.duplicates')}</Title>
                  <Text c="dimmed" size="sm">
                    {t('import.duplicatesHint')}
                  </Text>
                  <DuplicateChoices duplicates={preview.duplicates} choices={merge} onChange={(line, choice) => setMerge((m) => ({ ...m, [line]: choice }))} />
                </Stack>
              ) : null}
            </Stack>
          </SimpleGrid>

          <Stack gap="xs">
            <Title order={3}>{t('import.sample')}</Title>
            <Paper withBorder radius="md" p="xs">
              <SampleTable preview={preview} />
            </Paper>
          </Stack>

          <Paper withBorder p="lg" radius="md" bg="gray.0">
            <Stack gap="sm">
              <Alert variant="white" icon={<IconInfoCircle />} p="xs">
                {t('import.allOrNothing')}
              </Alert>
              <Checkbox label={t('import.skipInvalid', { count: invalid })} checked={skipInvalid} disabled={invalid === 0} onChange={(e) => setSkipInvalid(e.currentTarget.checked)} />
              <Checkbox label={t('import.markCheckedIn')} description={t('import.markCheckedInHint')} checked={checkIn} onChange={(e) => setCheckIn(e.currentTarget.checked)} />
              {hasSensitive ? (
                <TextInput label={t('import.consentBy')} description={t('import.consentByHint')} value={consentBy} onChange={(e) => setConsentBy(e.currentTarget.value)} maw={520} />
              ) : null}
              {commit.isPending ? <Progress value={100} animated striped size="lg" aria-label={t('import.importing')} /> : null}
              {commit.error ? (
                <Alert color="red" title={t('import.failed')}>
                  {labels.error(commit.error)}
                </Alert>
              ) : null}
              <Group justify="space-between">
                <Button variant="default" onClick={startOver}>
                  {t('import.chooseAnother')}
                </Button>
                <Button size="md" disabled={importable === 0 || runPreview.isPending} loading={commit.isPending} onClick={() => commit.mutate()}>
                  {importable === 0 && invalid > 0 ? t('import.fixFirst') : t('import.commit', { count: importable })}
                </Button>
              </Group>
            </Stack>
          </Paper>
        </Stack>
      ) : null}
    </Stack>
  );
}
