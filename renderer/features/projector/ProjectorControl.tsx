/**
 * "The projector shows …": a small control next to the agenda and the issues, so the
 * facilitator switches the hall's screen without leaving the screen they work in.
 */
import { ActionIcon, Button, Divider, Group, Popover, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { IconExternalLink, IconPresentation } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectorViewInput } from '../../../shared/contract';
import { useApi, useOpenProjector } from '../../api/ApiProvider';
import { setProjectorLang, useProjectorLang } from '../../i18n';
import { LanguagePicker } from '../../ui/LanguagePicker';
import { useNotifyError } from '../../ui/notify';
import { MessageEditor } from './MessageEditor';
import { ModeOptions } from './ModeOptions';
import { CONTROL_MODES, MODE_ICONS } from './projector-modes';
import { projectorKey, useProjectorView } from '../../api/queries/projector';

// Long Thai names ("ความเท่าเทียมในการพูด") wrap between words and the button grows with them:
// never a fixed height that cuts the second line off.
const MODE_BUTTON = {
  root: { height: 'auto', minHeight: 44, paddingBlock: 6 },
  inner: { height: 'auto' },
  label: { whiteSpace: 'normal', overflow: 'visible', height: 'auto', lineHeight: 1.35, textAlign: 'start' },
} as const;

export function ProjectorControl({ forumId }: { forumId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const client = useQueryClient();
  const onError = useNotifyError();
  const openProjector = useOpenProjector();
  const state = useProjectorView(forumId);
  const [opened, setOpened] = useState(false);
  const [writingMessage, setWritingMessage] = useState(false);
  const projectorLang = useProjectorLang();

  const set = useMutation({
    mutationFn: (view: ProjectorViewInput) => api.projector.set({ forumId, view }),
    onSuccess: (next) => client.setQueryData(projectorKey(forumId), next),
    onError,
  });

  const view = state.data?.view;
  const mode = view?.mode ?? 'welcome';
  const messageOpen = writingMessage || mode === 'message';

  return (
    <Group gap={4} wrap="nowrap">
      <Popover opened={opened} onChange={setOpened} position="bottom-end" width={500} shadow="md" trapFocus withinPortal>
        <Popover.Target>
          <Button
            variant="default"
            leftSection={<IconPresentation size={18} />}
            onClick={() => setOpened((o) => !o)}
            data-testid="projector-control"
            aria-haspopup="dialog"
          >
            {t('projectorView.control.shows', { mode: t(`projectorView.modes.${mode}`) })}
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="sm" data-testid="projector-control-panel">
            <Group justify="space-between" wrap="nowrap">
              <Text fw={700}>{t('projectorView.control.title')}</Text>
              {/* The hall's language, apart from the facilitator's own (the header's switch). */}
              <Group gap={6} wrap="nowrap">
                <Text size="sm" c="gray.7" aria-hidden>
                  {t('projectorView.control.language')}
                </Text>
                <LanguagePicker label={t('projectorView.control.language')} value={projectorLang} onChange={setProjectorLang} testId="projector-language" />
              </Group>
            </Group>
            <SimpleGrid cols={3} spacing={6}>
              {CONTROL_MODES.map((m) => (
                <Button
                  key={m}
                  size="compact-md"
                  variant={m === mode ? 'filled' : 'light'}
                  leftSection={MODE_ICONS[m]}
                  aria-pressed={m === mode}
                  onClick={() => {
                    if (m === 'message') setWritingMessage(true);
                    else {
                      setWritingMessage(false);
                      set.mutate({ mode: m });
                    }
                  }}
                  styles={MODE_BUTTON}
                >
                  {t(`projectorView.modes.${m}`)}
                </Button>
              ))}
            </SimpleGrid>
            {view && view.mode !== 'message' && !writingMessage ? <ModeOptions view={view} onChange={(next) => set.mutate(next)} /> : null}
            {messageOpen ? (
              <>
                <Divider />
                <MessageEditor
                  initial={view?.mode === 'message' ? view.text : ''}
                  saving={set.isPending}
                  onShow={(text) => set.mutate({ mode: 'message', text }, { onSuccess: () => setWritingMessage(false) })}
                />
              </>
            ) : null}
          </Stack>
        </Popover.Dropdown>
      </Popover>
      <Tooltip label={t('projectorView.control.open')}>
        <ActionIcon variant="default" size={36} aria-label={t('projectorView.control.open')} onClick={() => openProjector(forumId)}>
          <IconExternalLink size={18} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
