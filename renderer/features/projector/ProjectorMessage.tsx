/** A short text for the whole hall, as large as it fits. */
import { Text } from '@mantine/core';
import { FG } from '../../ui/projector-style';

export function ProjectorMessage({ text }: { text: string }) {
  // Short messages ("พักรับประทานอาหารว่าง 15 นาที") fill the screen; long ones step down.
  const fz = text.length <= 40 ? 'clamp(64px, 6.5vw, 128px)' : text.length <= 160 ? 'clamp(48px, 4.4vw, 88px)' : 'clamp(36px, 3vw, 60px)';
  return (
    <Text fz={fz} fw={700} lh={1.45} c={FG} ta="center" maw="90vw" style={{ whiteSpace: 'pre-wrap' }} data-testid="projector-message">
      {text}
    </Text>
  );
}
