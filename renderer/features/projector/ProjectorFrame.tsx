/** The dark full-window frame every projector screen sits in. */
import { Box } from '@mantine/core';
import type { ReactNode } from 'react';
import { BG, FG } from '../../ui/projector-style';

export function ProjectorFrame({ mode, background = BG, center = true, children }: { mode: string; background?: string; center?: boolean; children: ReactNode }) {
  return (
    <Box
      data-testid="projector"
      data-mode={mode}
      style={{
        minHeight: '100vh',
        background,
        color: FG,
        display: 'flex',
        alignItems: center ? 'center' : 'stretch',
        justifyContent: 'center',
        padding: '4vh 5vw',
        fontSize: 36,
        lineHeight: 1.6,
        overflow: 'hidden',
      }}
    >
      {children}
    </Box>
  );
}
