/** PDF, DOCX and XLSX one click away; JSON (the report's data) in a menu. Each shows its progress. */
import { ActionIcon, Button, Group, Menu, Tooltip } from '@mantine/core';
import { IconBraces, IconChevronDown, IconFileSpreadsheet, IconFileTypePdf, IconFileWord } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Keys } from '../../ui/Keys';
import { MINUTES_KEYS } from './minutes-keys';
import type { ExportFormat } from './useMinutesExport';

interface Props {
  running: ExportFormat | null;
  onExport: (format: ExportFormat) => void;
}

export function ExportButtons({ running, onExport }: Props) {
  const { t } = useTranslation();
  const button = (format: 'pdf' | 'docx' | 'xlsx', icon: ReactNode, title: string, keys?: string) => (
    <Tooltip label={title} withArrow>
      <Button
        variant={format === 'pdf' ? 'filled' : 'light'}
        leftSection={icon}
        rightSection={keys ? <Keys combo={keys} /> : undefined}
        loading={running === format}
        disabled={running !== null && running !== format}
        onClick={() => onExport(format)}
        data-testid={`export-${format}`}
      >
        {t(`minutes.export.${format}`)}
      </Button>
    </Tooltip>
  );
  return (
    <Group gap={6} wrap="nowrap" role="group" aria-label={t('minutes.export.label')}>
      {button('pdf', <IconFileTypePdf size={18} />, t('minutes.export.pdfTitle'), MINUTES_KEYS.exportPdf.keys[0])}
      {button('docx', <IconFileWord size={18} />, t('minutes.export.docxTitle'))}
      {button('xlsx', <IconFileSpreadsheet size={18} />, t('minutes.export.xlsxTitle'))}
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Tooltip label={t('minutes.export.more')} withArrow>
            <ActionIcon variant="light" size="lg" aria-label={t('minutes.export.more')} loading={running === 'json'} disabled={running !== null && running !== 'json'}>
              <IconChevronDown size={18} />
            </ActionIcon>
          </Tooltip>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconBraces size={16} />} onClick={() => onExport('json')}>
            {t('minutes.export.json')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
