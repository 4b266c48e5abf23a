/**
 * Splitting the room automatically: how many groups and how (balanced across sector and
 * village, then gender and age group; or one group per village), with the resulting balance
 * shown before and after.
 * The parent mounts it only while open, so each opening starts from the room as it is now.
 */
import { Alert, Button, Group, Modal, NumberInput, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_GROUPS } from '../../../shared/contract';
import { useLabels } from '../../i18n/labels';
import { balanceOf } from './balance';
import { BalanceTable } from './BalanceTable';
import type { Attendee, GroupList } from '../../api/queries/groups';
import { previewSplit } from './split-preview';
import type { SplitRequest } from './useGroupActions';

interface Props {
  attendees: Attendee[];
  existingGroups: number;
  onClose: () => void;
  onSplit: (request: SplitRequest) => Promise<GroupList>;
}

const requestFor = (strategy: SplitRequest['strategy'], count: number | null): SplitRequest | null =>
  count ? { strategy, count } : strategy === 'by_village' ? { strategy } : null;

/** Groups of about eight people talk well: the starting suggestion. */
const suggestedCount = (people: number) => Math.min(MAX_GROUPS, Math.max(2, Math.round(people / 8)));

export function AutoSplitDialog({ attendees, existingGroups, onClose, onSplit }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const present = attendees.filter((a) => a.checkedInAt !== null);
  const [strategy, setStrategy] = useState<SplitRequest['strategy']>('balanced');
  const [count, setCount] = useState<number | ''>(suggestedCount(present.length));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<GroupList | null>(null);

  const wholeCount = typeof count === 'number' && Number.isInteger(count) && count >= 1 && count <= MAX_GROUPS ? count : null;
  const request = requestFor(strategy, wholeCount);
  // A balanced split of a large room can take a moment (group-split.ts searches for the gender and
  // age mix): the preview follows the typing instead of holding it up, worked out once per request.
  const previewStrategy = useDeferredValue(strategy);
  const previewCount = useDeferredValue(wholeCount);
  const preview = useMemo(() => {
    const shown = requestFor(previewStrategy, previewCount);
    const arrived = attendees.filter((a) => a.checkedInAt !== null);
    return shown && arrived.length > 0 ? balanceOf(previewSplit(arrived, shown), arrived) : null;
  }, [attendees, previewStrategy, previewCount]);
  const previewStale = previewStrategy !== strategy || previewCount !== wholeCount;

  const submit = async () => {
    if (!request) return;
    setSaving(true);
    setError(null);
    try {
      setResult(await onSplit(request));
    } catch (e) {
      setError(labels.error(e));
    } finally {
      setSaving(false);
    }
  };

  const resultBalance = result ? balanceOf(result.groups.map((g) => ({ name: g.name, memberIds: g.members.map((m) => m.id) })), attendees) : null;
  return (
    <Modal opened onClose={onClose} size="xl" title={<Text fw={700} size="lg">{t('groups.split.title')}</Text>}>
      {resultBalance ? (
        <Stack>
          <Alert color="wethi" icon={<IconCircleCheck />} title={t('groups.split.doneTitle', { count: resultBalance.groups.length })}>
            {t('groups.split.done')}
          </Alert>
          <BalanceTable balance={resultBalance} testId="split-result" />
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              {t('groups.split.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Stack>
            <SegmentedControl
              value={strategy}
              onChange={(v) => setStrategy(v as SplitRequest['strategy'])}
              data={[
                { value: 'balanced', label: t('groups.split.balanced') },
                { value: 'by_village', label: t('groups.split.byVillage') },
              ]}
              aria-label={t('groups.split.strategy')}
            />
            <Text c="dimmed">{strategy === 'balanced' ? t('groups.split.balancedHelp') : t('groups.split.byVillageHelp')}</Text>
            <NumberInput
              label={t('groups.split.count')}
              description={strategy === 'by_village' ? t('groups.split.countOptional') : undefined}
              placeholder={strategy === 'by_village' ? t('groups.split.onePerVillage') : undefined}
              value={count}
              onChange={(v) => setCount(typeof v === 'number' ? v : v === '' ? '' : Number(v))}
              min={1}
              max={MAX_GROUPS}
              allowDecimal={false}
              w={240}
              data-autofocus
              data-testid="split-count"
            />
            {existingGroups > 0 ? (
              <Alert color="orange" icon={<IconAlertTriangle />}>
                {t('groups.split.replaces', { count: existingGroups })}
              </Alert>
            ) : null}
            {error ? (
              <Alert color="red" icon={<IconAlertTriangle />} title={t('error.title')}>
                {error}
              </Alert>
            ) : null}
            <Text fw={700}>{t('groups.split.preview', { count: present.length })}</Text>
            {preview ? (
              <div style={{ opacity: previewStale ? 0.5 : 1 }} aria-busy={previewStale}>
                <BalanceTable balance={preview} testId="split-preview" />
              </div>
            ) : (
              <Text c="dimmed">{t('groups.split.nobody')}</Text>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={saving} disabled={!request || present.length === 0}>
                {t('groups.split.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
