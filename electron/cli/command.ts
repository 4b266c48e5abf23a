/**
 * The shape of a CLI command. `wethi --help` reads only the entries (name, feature, summary),
 * so listing the commands loads neither the contract nor the core; a command's own module
 * (its options, help and run) is imported when it is asked for.
 */
import type { OpName } from '../../shared/contract';
import { type ArgsSpec, type OptionSpecs, type Parsed, optionsHelp } from './args';
import type { Io } from './io';

/** The contract's feature names (the part of an operation's name before the dot). */
export type Feature = OpName extends `${infer F}.${string}` ? F : never;

export interface CommandEntry {
  /** As typed: "forum create", "tally". */
  name: string;
  /** The feature of the contract the command serves, under which --help lists it. */
  feature: Feature;
  summary: string;
  load(): Promise<Command>;
}

export interface Command<O extends OptionSpecs = OptionSpecs> {
  /** What follows the command's name in "Usage: wethi forum create …". */
  usage: string;
  /** Paragraph lines between the usage and the options. */
  description: readonly string[];
  args: ArgsSpec<O>;
  /** Lines after the options (environment, examples). */
  notes?: readonly string[];
  /** Resolves to the exit code; throws UsageError or an error with a plain message on failure. */
  run(parsed: Parsed<O>, io: Io): Promise<number>;
}

/** Keeps the option types of a command, so `run` reads typed values. */
export const defineCommand = <O extends OptionSpecs>(command: Command<O>): Command => command as unknown as Command;

export function commandHelp(name: string, command: Command): string {
  const lines = [`Usage: wethi ${name} ${command.usage}`, ''];
  if (command.description.length > 0) lines.push(...command.description, '');
  lines.push(...optionsHelp(command.args.options));
  if (command.notes && command.notes.length > 0) lines.push('', ...command.notes);
  return lines.join('\n');
}

/** The option every command with a database takes. */
export const DB_OPTION = {
  db: { type: 'string', value: 'FILE', help: "the database file (default: the desktop app's own database)" },
} as const;
