/** The villages' priority lists side by side: one column per village, one row per place. */
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MergePriorities } from '../../api/queries/merge';

export function VillagePriorities({ villages }: { villages: MergePriorities['villages'] }) {
  const { t } = useTranslation();
  const places = Math.max(0, ...villages.map((v) => v.items.length));
  return (
    <Table.ScrollContainer minWidth={villages.length * 180}>
      <Table withTableBorder withColumnBorders data-testid="merge-village-priorities">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{t('merge.results.rank')}</Table.Th>
            {villages.map((v) => (
              <Table.Th key={v.forum.forumId}>{v.forum.village ?? v.forum.title}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {places === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={villages.length + 1}>
                <Text c="dimmed">{t('merge.results.none')}</Text>
              </Table.Td>
            </Table.Tr>
          ) : (
            Array.from({ length: places }, (_, place) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the row is the place itself
              <Table.Tr key={place}>
                <Table.Td>{place + 1}</Table.Td>
                {villages.map((v) => {
                  const item = v.items[place];
                  return (
                    <Table.Td key={v.forum.forumId}>
                      {item ? (
                        <Text>
                          {item.rank !== place + 1 ? `(${item.rank}) ` : ''}
                          {item.title}
                        </Text>
                      ) : place === 0 ? (
                        <Text c="dimmed">{t('merge.results.noList')}</Text>
                      ) : null}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
