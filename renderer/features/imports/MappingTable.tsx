/** Each column of the sheet and the field it fills; headers the importer did not know are flagged. */
import { Badge, NativeSelect, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ImportField, type ImportPreview } from '../../../shared/contract';

interface Props {
  preview: ImportPreview;
  onChange: (header: string, field: ImportField | null) => void;
  disabled?: boolean;
}

export function MappingTable({ preview, onChange, disabled }: Props) {
  const { t } = useTranslation();
  const example = (header: string) => preview.sample.map((row) => row.cells[header] ?? '').find((v) => v.trim()) ?? '';
  return (
    <Table verticalSpacing={6} aria-label={t('import.mapping')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('import.columnInFile')}</Table.Th>
          <Table.Th w={300}>{t('import.fillsField')}</Table.Th>
          <Table.Th>{t('import.example')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {preview.headers.map((header) => (
          <Table.Tr key={header}>
            <Table.Td>
              <Text fw={500} span>
                {header}
              </Text>
              {preview.unmappedHeaders.includes(header) ? (
                <Badge color="orange" variant="light" ml="xs">
                  {t('import.unknownHeader')}
                </Badge>
              ) : null}
            </Table.Td>
            <Table.Td>
              <NativeSelect
                aria-label={t('import.mappingFor', { header })}
                value={preview.mapping[header] ?? ''}
                disabled={disabled}
                onChange={(e) => onChange(header, (e.currentTarget.value || null) as ImportField | null)}
                data={[{ value: '', label: t('import.ignore') }, ...IMPORT_FIELDS.map((f) => ({ value: f, label: t(`import.field.${f}`) }))]}
              />
            </Table.Td>
            <Table.Td>
              <Text c="dimmed" truncate maw={260}>
                {example(header)}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
