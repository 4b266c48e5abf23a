/** `wethi session export|import`: PLACEHOLDER (issue 6), being written by its helper. */
import type { CommandGroup } from '../command';

export const sessionCommands: CommandGroup = {
  name: 'session',
  summary: 'export and import .wethi session files',
  commands: [],
};
