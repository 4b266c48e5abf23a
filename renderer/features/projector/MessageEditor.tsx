/** A short text for the whole hall (a break, where to go next); Ctrl+Enter puts it up. */
import { Button, Group, Textarea } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Keys } from '../../ui/Keys';

export function MessageEditor({ initial, saving, onShow }: { initial: string; saving: boolean; onShow: (text: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const show = () => {
    if (text.trim()) onShow(text.trim());
  };
  return (
    <>
      <Textarea
        label={t('projectorView.control.messageLabel')}
        placeholder={t('projectorView.control.messagePlaceholder')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        autosize
        minRows={2}
        maxRows={5}
        maxLength={500}
        data-autofocus
        onKeyDown={getHotkeyHandler([['mod+Enter', show]])}
      />
      <Group justify="flex-end">
        <Button onClick={show} loading={saving} disabled={!text.trim()} rightSection={<Keys combo="Ctrl+Enter" />}>
          {t('projectorView.control.showMessage')}
        </Button>
      </Group>
    </>
  );
}
