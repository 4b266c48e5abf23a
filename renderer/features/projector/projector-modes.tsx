/** The screens the facilitator can put on the projector, in the order the control lists them. */
import {
  IconChartBar,
  IconChartPie,
  IconCheckbox,
  IconHome,
  IconLetterW,
  IconListNumbers,
  IconMessage,
  IconMicrophone,
  IconQrcode,
  IconSquareOff,
  IconTargetArrow,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { ProjectorMode } from '../../../shared/contract/projector';

/** `poll` is left out: it needs a poll to show, and is chosen from the poll itself. */
export const CONTROL_MODES = ['welcome', 'agenda', 'issues', 'speaker', 'representation', 'equity', 'room', 'message', 'logo', 'blank'] as const satisfies readonly ProjectorMode[];

export const MODE_ICONS: Record<ProjectorMode, ReactNode> = {
  welcome: <IconHome size={18} />,
  agenda: <IconListNumbers size={18} />,
  issues: <IconTargetArrow size={18} />,
  speaker: <IconMicrophone size={18} />,
  representation: <IconChartBar size={18} />,
  equity: <IconChartPie size={18} />,
  message: <IconMessage size={18} />,
  logo: <IconLetterW size={18} />,
  blank: <IconSquareOff size={18} />,
  poll: <IconCheckbox size={18} />,
  room: <IconQrcode size={18} />,
};
