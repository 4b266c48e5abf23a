/** The options with their ballot numbers, beside the entry box: what each typed number means. */
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { Poll } from '../../api/queries/polls';

export function OptionLegend({ options, highlight = [] }: { options: Poll['options']; highlight?: number[] }) {
  return (
    <Paper withBorder radius="md" p="xs">
      <Stack gap={4}>
        {options.map((o) => {
          const place = highlight.indexOf(o.position);
          return (
            <Group key={o.id} gap="xs" wrap="nowrap">
              <Badge size="lg" w={34} p={0} variant={place >= 0 ? 'filled' : 'light'}>
                {o.position}
              </Badge>
              <Text fw={place >= 0 ? 700 : 400} lineClamp={1}>
                {o.label}
              </Text>
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
}
