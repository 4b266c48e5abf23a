/** A tidy screen for a view whose data is not there yet (no speaker, no chart, no poll). */
import { Stack, Text } from '@mantine/core';
import { ACCENT, FG } from './projector-style';

export function ProjectorNothingYet({ title, body }: { title: string; body: string }) {
  return (
    <Stack align="center" gap="2vh" data-testid="projector-nothing" style={{ textAlign: 'center' }}>
      <Text fz="clamp(48px, 4.4vw, 88px)" fw={700} lh={1.4} c={FG}>
        {title}
      </Text>
      <Text fz="clamp(32px, 2.4vw, 48px)" lh={1.6} c={ACCENT}>
        {body}
      </Text>
    </Stack>
  );
}
