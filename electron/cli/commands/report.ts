/** `wethi report`: PLACEHOLDER (issue 6), being written by its helper. */
import { EXIT } from '../args';
import type { Command } from '../command';

export const reportCommand: Command = {
  name: 'report',
  summary: '(not yet available)',
  help: 'Usage: wethi report (not yet available)',
  async run(_args, io) {
    io.err('wethi report: not yet available\n');
    return EXIT.failed;
  },
};
