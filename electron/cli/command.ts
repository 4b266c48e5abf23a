/** The shape of a CLI command and of a group of them (`wethi forum create`). */
import type { Io } from './io';

export interface Command {
  name: string;
  summary: string;
  /** Full help text, shown by `wethi <group> <command> --help`. */
  help: string;
  /** Resolves to the exit code; throws UsageError or AppError on failure. */
  run(args: string[], io: Io): Promise<number>;
}

export interface CommandGroup {
  name: string;
  summary: string;
  commands: Command[];
}
