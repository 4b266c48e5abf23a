/**
 * Browser mode, the host restarted with a new token: a bar over the page, not a screen instead of
 * it, so the note box and what is typed in it stay. It goes by itself when the new link is opened
 * in another tab (api/token.ts), or when the link is pasted here.
 */
import { Alert, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReconnect } from '../api/ApiProvider';
import { tokenFromLink } from '../api/token';
import { notifyDone } from '../ui/notify';

export function ReconnectBanner() {
  const { t } = useTranslation();
  const reconnect = useReconnect();
  const [link, setLink] = useState('');
  const [wrong, setWrong] = useState(false);
  const [trying, setTrying] = useState(false);

  const submit = async () => {
    const token = tokenFromLink(link);
    setTrying(true);
    const ok = token !== null && reconnect ? await reconnect(token) : false;
    setTrying(false);
    setWrong(!ok);
    if (ok) notifyDone(t('reconnect.done'));
  };

  return (
    <Paper shadow="md" radius={0} pos="fixed" top={0} left={0} right={0} style={{ zIndex: 300 }} data-testid="reconnect-banner">
      <Alert color="orange" radius={0} icon={<IconPlugConnectedX />} title={t('reconnect.title')} role="alert">
        <Stack gap="xs">
          <Text size="sm">{t('reconnect.body')}</Text>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <Group gap="xs" align="flex-start" wrap="nowrap">
              <TextInput
                aria-label={t('reconnect.link')}
                placeholder="http://127.0.0.1:…/#token=…"
                value={link}
                onChange={(e) => {
                  setLink(e.currentTarget.value);
                  setWrong(false);
                }}
                error={wrong ? t('reconnect.wrong') : undefined}
                style={{ flex: 1, maxWidth: 640 }}
                autoComplete="off"
                spellCheck={false}
              />
              <Button type="submit" loading={trying}>
                {t('reconnect.submit')}
              </Button>
            </Group>
          </form>
        </Stack>
      </Alert>
    </Paper>
  );
}
