/** The Wethi wordmark, for the screen between sessions. */
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ACCENT, FG } from '../../ui/projector-style';

export function ProjectorLogo() {
  const { t } = useTranslation();
  return (
    <Stack align="center" gap={0} data-testid="projector-logo" style={{ textAlign: 'center' }}>
      <Text fz="clamp(160px, 18vw, 340px)" fw={700} lh={1.3} c={FG} style={{ letterSpacing: '0.02em' }}>
        เวที
      </Text>
      <div style={{ width: '40%', height: 10, borderRadius: 5, background: ACCENT, margin: '1vh 0 3vh' }} />
      {/* Letter spacing adds space after the last letter too: the same on the left keeps it centred. */}
      <Text fz="clamp(56px, 5vw, 96px)" fw={500} lh={1.3} c={ACCENT} style={{ letterSpacing: '0.3em', paddingLeft: '0.3em' }}>
        WETHI
      </Text>
      <Text fz="clamp(32px, 2.2vw, 44px)" c={FG} lh={1.6} mt="2vh">
        {t('app.tagline')}
      </Text>
    </Stack>
  );
}
