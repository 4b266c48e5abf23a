/** `wethi merge`: PLACEHOLDER (issue 6), being written by its helper. */
import { EXIT } from '../args';
import type { Command } from '../command';

export const mergeCommand: Command = {
  name: 'merge',
  summary: '(not yet available)',
  help: 'Usage: wethi merge (not yet available)',
  async run(_args, io) {
    io.err('wethi merge: not yet available\n');
    return EXIT.failed;
  },
};
