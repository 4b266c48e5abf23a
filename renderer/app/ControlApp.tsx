/** The facilitator's window: header (home, backups, shortcuts, language) and the current screen. */
import { AppShell, Button, Group, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { IconDatabase, IconKeyboard } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { BackupsModal } from '../features/backups/BackupsModal';
import { ForumListPage } from '../features/forums/ForumListPage';
import { SessionImportButton } from '../features/session/SessionImportButton';
import { ForumPage } from './ForumPage';
import { LanguageSwitch } from './LanguageSwitch';
import { navigate, type Route } from '../ui/route';
import { ShortcutHelp } from './ShortcutHelp';

const LIST_SLOTS = { SessionImport: SessionImportButton };

export function ControlApp({ route }: { route: Exclude<Route, { name: 'projector' }> }) {
  const { t } = useTranslation();
  const [helpOpen, help] = useDisclosure(false);
  const [backupsOpen, backups] = useDisclosure(false);
  useHotkeys([
    ['shift+?', help.open],
    ['F1', help.open],
  ]);

  return (
    <AppShell header={{ height: 64 }} padding="lg">
      <AppShell.Header px="lg">
        <Group h="100%" justify="space-between" wrap="nowrap">
          {/* Named by what it shows (a spoken command matches the visible words); where it goes is its title. */}
          <UnstyledButton onClick={() => navigate({ name: 'forums' })} title={t('app.home')}>
            <Group gap="xs" wrap="nowrap">
              <Text fw={700} fz={26} c="wethi.8" lh={1.2}>
                {t('app.name')}
              </Text>
              <Text c="dimmed" fz="sm" visibleFrom="sm">
                {t('app.tagline')}
              </Text>
            </Group>
          </UnstyledButton>
          <Group gap="sm" wrap="nowrap">
            <Button variant="subtle" leftSection={<IconDatabase size={20} />} onClick={backups.open}>
              {t('backups.open')}
            </Button>
            <Tooltip label={t('shortcuts.title')}>
              <Button variant="subtle" leftSection={<IconKeyboard size={20} />} onClick={help.open} aria-label={t('shortcuts.title')}>
                ?
              </Button>
            </Tooltip>
            <LanguageSwitch />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        {route.name === 'forums' ? <ForumListPage slots={LIST_SLOTS} /> : <ForumPage forumId={route.forumId} tab={route.tab} />}
      </AppShell.Main>
      <ShortcutHelp opened={helpOpen} onClose={help.close} />
      <BackupsModal opened={backupsOpen} onClose={backups.close} />
    </AppShell>
  );
}
