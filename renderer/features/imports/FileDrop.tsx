/** Choose a sign-in sheet: click (or Enter) opens the file dialog, or drop a file on the area. */
import { Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function FileDrop({ onFile, disabled }: { onFile: (file: File) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  return (
    <Paper
      component="button"
      type="button"
      withBorder
      radius="lg"
      p="xl"
      w="100%"
      disabled={disabled}
      onClick={() => input.current?.click()}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (file) onFile(file);
      }}
      style={{ cursor: 'pointer', borderStyle: 'dashed', borderWidth: 2, borderColor: over ? 'var(--mantine-color-wethi-6)' : undefined, background: over ? 'var(--mantine-color-wethi-0)' : undefined }}
    >
      <Stack align="center" gap="xs">
        <ThemeIcon size={64} radius={64} variant="light">
          <IconFileSpreadsheet size={36} />
        </ThemeIcon>
        <Text fz="lg" fw={700}>
          {t('import.pick')}
        </Text>
        <Text c="dimmed">{t('import.pickHint')}</Text>
      </Stack>
      <input
        ref={input}
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        hidden
        data-testid="import-file"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // Cleared so choosing the same file again (after fixing it in Excel) is noticed.
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </Paper>
  );
}
