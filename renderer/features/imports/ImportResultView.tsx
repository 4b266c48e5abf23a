/** What the import did: how many came in, merged with the register, or were skipped, and why. */
import { Alert, Badge, Button, Group, Stack } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../shared/contract';
import { navigate } from '../../ui/route';
import { ProblemList } from './ProblemList';

export function ImportResultView({ result, forumId, onAgain }: { result: ImportResult; forumId: string; onAgain: () => void }) {
  const { t } = useTranslation();
  const nothing = result.imported === 0;
  return (
    <Stack gap="lg" data-testid="import-result">
      <Alert color={nothing ? 'orange' : 'green'} icon={<IconCircleCheck />} title={nothing ? t('import.resultNothing') : t('import.resultTitle')}>
        <Group gap="sm" mt={4}>
          <Badge size="xl" variant="filled" color="green">
            {t('import.resultImported', { count: result.imported })}
          </Badge>
          <Badge size="xl" variant="filled" color="blue">
            {t('import.resultMerged', { count: result.merged })}
          </Badge>
          <Badge size="xl" variant="filled" color={result.rejectedRows ? 'red' : 'gray'}>
            {t('import.resultRejected', { count: result.rejectedRows })}
          </Badge>
        </Group>
      </Alert>
      <ProblemList problems={result.rejected} title={t('import.notImported')} />
      <Group>
        <Button onClick={() => navigate({ name: 'forum', forumId, tab: 'participants' })}>{t('import.toParticipants')}</Button>
        <Button variant="default" onClick={onAgain}>
          {t('import.another')}
        </Button>
      </Group>
    </Stack>
  );
}
