/**
 * Routes `wethi <command> [options]` to its command, prints help, and turns every failure into
 * an exit code: 1 for a failed operation, 2 for a command line it cannot use.
 */
import { EXIT, UsageError, parseCommand } from './args';
import { type CommandEntry, commandHelp } from './command';
import { COMMANDS } from './commands';
import { type Io, printError } from './io';

const isHelp = (arg: string | undefined) => arg === '--help' || arg === '-h' || arg === 'help';
const isHelpFlag = (arg: string) => arg === '--help' || arg === '-h';

function list(entries: readonly CommandEntry[]): string[] {
  const width = Math.max(24, ...entries.map((c) => c.name.length + 2));
  const lines: string[] = [];
  let feature = '';
  for (const entry of [...entries].sort((a, b) => featureOrder(a) - featureOrder(b))) {
    if (entry.feature !== feature) {
      feature = entry.feature;
      lines.push(`  ${feature}`);
    }
    lines.push(`    ${entry.name.padEnd(width)}${entry.summary}`);
  }
  return lines;
}

/** Features in the order their first command is registered; commands keep theirs within. */
const featureOrder = (entry: CommandEntry) => COMMANDS.findIndex((c) => c.feature === entry.feature) * 1000 + COMMANDS.indexOf(entry);

export function usage(): string {
  return [
    'Usage: wethi <command> [options]',
    '',
    'Wethi (เวที) on the command line: JSON on stdout, errors on stderr.',
    '',
    'Commands, by feature:',
    ...list(COMMANDS),
    '',
    'Run "wethi <command> --help" for its options. Exit codes: 0 done, 1 failed, 2 bad command line.',
    '',
  ].join('\n');
}

function groupUsage(group: string, entries: readonly CommandEntry[]): string {
  return [`Usage: wethi ${group} <command> [options]`, '', 'Commands:', ...list(entries), ''].join('\n');
}

/** Earlier names of a command group, still accepted so scripts written for them keep working. */
const FORMER_GROUP_NAMES: Readonly<Record<string, string>> = { participants: 'people' };

export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const [given, second, ...rest] = argv;
  const first = (given && FORMER_GROUP_NAMES[given]) ?? given;
  if (isHelp(first)) {
    io.out(usage());
    return EXIT.ok;
  }
  const single = COMMANDS.find((c) => c.name === first);
  if (single) return runCommand(single, argv.slice(1), io);
  const group = COMMANDS.filter((c) => c.name.startsWith(`${first} `));
  if (!first || group.length === 0) {
    io.err(`${first ? `wethi: unknown command "${first}"\n\n` : ''}${usage()}`);
    return EXIT.usage;
  }
  if (isHelp(second)) {
    io.out(groupUsage(first, group));
    return EXIT.ok;
  }
  const entry = group.find((c) => c.name === `${first} ${second}`);
  if (!entry) {
    io.err(`${second ? `wethi: unknown command "${first} ${second}"\n\n` : ''}${groupUsage(first, group)}`);
    return EXIT.usage;
  }
  return runCommand(entry, rest, io);
}

async function runCommand(entry: CommandEntry, args: string[], io: Io): Promise<number> {
  const command = await entry.load();
  if (args.some(isHelpFlag)) {
    io.out(`${commandHelp(entry.name, command)}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(parseCommand(command.args, args), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`wethi ${entry.name}: ${error.message}\n\n${commandHelp(entry.name, command)}\n`);
      return EXIT.usage;
    }
    printError(io, error);
    return EXIT.failed;
  }
}
