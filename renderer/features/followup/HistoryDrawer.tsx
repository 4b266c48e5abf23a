/** A project's status timeline: every report with its figures and evidence (files open from here), and Undo for a mistaken one. */
import { Anchor, Drawer, Group, Stack, Text, Timeline, Button } from '@mantine/core';
import { IconPaperclip, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatSatang } from '../../../shared/domain/action-plan';
import { useApi } from '../../api/ApiProvider';
import { useFormat } from '../../i18n/format';
import { base64ToBlob, downloadBlob } from '../../ui/download';
import { notifyDone, useNotifyError } from '../../ui/notify';
import { type FollowUpProject, useHistory } from '../../api/queries/followup';
import { STATUS_COLOURS } from './status-colours';
import { StatusBadge } from './StatusBadge';

export function HistoryDrawer({ project, onClose }: { project: FollowUpProject | null; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const notifyError = useNotifyError();
  const history = useHistory(project?.projectId ?? null);
  const open = (id: string) => api.followUp.attachment({ id }).then((f) => downloadBlob(base64ToBlob(f.base64, f.mimeType), f.fileName), notifyError);
  const remove = (id: string) =>
    api.followUp.deleteStatus({ id }).then(
      () => notifyDone(t('followUp.history.deleted'), { undo: { label: t('common.undo'), onUndo: () => void api.followUp.restoreStatus({ id }).catch(notifyError) } }),
      notifyError,
    );
  const list = [...(history.data ?? [])].reverse();
  return (
    <Drawer opened={project !== null} onClose={onClose} position="right" size="lg" title={<Text fw={700} size="xl">{project ? t('followUp.history.title', { title: project.title }) : ''}</Text>}>
      {history.data && list.length === 0 ? <Text c="gray.7">{t('followUp.history.empty')}</Text> : null}
      <Timeline bulletSize={20} lineWidth={3} active={list.length}>
        {list.map((u) => (
          <Timeline.Item key={u.id} color={STATUS_COLOURS[u.status]} title={<Group gap="xs"><StatusBadge status={u.status} /><Text fw={600}>{format.date(u.reportedOn)}</Text></Group>}>
            <Stack gap={2} mt={4}>
              {u.progressPercent !== null ? <Text size="sm">{t('followUp.history.progress', { n: u.progressPercent })}</Text> : null}
              {u.reason ? <Text size="sm">{t('followUp.history.reason', { reason: u.reason })}</Text> : null}
              {u.note ? <Text size="sm">{u.note}</Text> : null}
              {u.spending.map((s) => (
                <Text key={s.source} size="sm" c="gray.7">
                  {t('followUp.history.spent', { source: s.source, amount: formatSatang(s.amountSatang) })}
                </Text>
              ))}
              {u.documentRef ? <Text size="sm">{t('followUp.history.document', { ref: u.documentRef })}</Text> : null}
              {u.attachments.map((a) => (
                <Anchor key={a.id} component="button" type="button" size="sm" onClick={() => void open(a.id)}>
                  <Group gap={4}>
                    <IconPaperclip size={14} />
                    {a.fileName}
                  </Group>
                </Anchor>
              ))}
              {u.reporterName ? (
                <Text size="sm" c="gray.7">
                  {t('followUp.history.by', { name: u.reporterName })}
                </Text>
              ) : null}
              <Group>
                <Button size="compact-sm" variant="subtle" color="red" leftSection={<IconTrash size={14} />} onClick={() => void remove(u.id)}>
                  {t('followUp.history.delete')}
                </Button>
              </Group>
            </Stack>
          </Timeline.Item>
        ))}
      </Timeline>
    </Drawer>
  );
}
