/**
 * Routes `wethi <group> <command> [options]` to its command, prints help, and turns every
 * failure into an exit code: 1 for a failed operation, 2 for a command line it cannot use.
 */
import { EXIT, UsageError } from './args';
import type { Command, CommandGroup } from './command';
import { forumCommands } from './commands/forum';
import { mergeCommand } from './commands/merge';
import { participantsCommands } from './commands/participants';
import { planCommands } from './commands/plan';
import { pollCommands } from './commands/poll';
import { reportCommand } from './commands/report';
import { sessionCommands } from './commands/session';
import { tallyCommand } from './commands/tally';
import { type Io, printError } from './io';

const GROUPS: readonly CommandGroup[] = [forumCommands, participantsCommands, pollCommands, sessionCommands, planCommands];
/** Commands without a group (`wethi tally …`). */
const COMMANDS: readonly Command[] = [tallyCommand, reportCommand, mergeCommand];

const isHelp = (arg: string | undefined) => arg === '--help' || arg === '-h' || arg === 'help';

export function usage(): string {
  const lines = ['Usage: wethi <command> [options]', '', 'Wethi (เวที) on the command line: JSON on stdout, errors on stderr.', '', 'Commands:'];
  for (const group of GROUPS) {
    for (const command of group.commands) lines.push(`  ${`${group.name} ${command.name}`.padEnd(24)}${command.summary}`);
  }
  for (const command of COMMANDS) lines.push(`  ${command.name.padEnd(24)}${command.summary}`);
  lines.push('', 'Run "wethi <command> --help" for its options. Exit codes: 0 done, 1 failed, 2 bad command line.');
  return `${lines.join('\n')}\n`;
}

function groupUsage(group: CommandGroup): string {
  const lines = [`Usage: wethi ${group.name} <command> [options]`, '', 'Commands:'];
  const width = Math.max(12, ...group.commands.map((c) => c.name.length + 2));
  for (const command of group.commands) lines.push(`  ${command.name.padEnd(width)}${command.summary}`);
  return `${lines.join('\n')}\n`;
}

export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const [groupName, commandName, ...rest] = argv;
  if (isHelp(groupName)) {
    io.out(usage());
    return EXIT.ok;
  }
  const single = COMMANDS.find((c) => c.name === groupName);
  if (single) return runCommand(single, single.name, argv.slice(1), io);
  const group = GROUPS.find((g) => g.name === groupName);
  if (!group) {
    io.err(`${groupName ? `wethi: unknown command "${groupName}"\n\n` : ''}${usage()}`);
    return EXIT.usage;
  }
  if (isHelp(commandName)) {
    io.out(groupUsage(group));
    return EXIT.ok;
  }
  const command = group.commands.find((c) => c.name === commandName);
  if (!command) {
    io.err(`${commandName ? `wethi: unknown command "${group.name} ${commandName}"\n\n` : ''}${groupUsage(group)}`);
    return EXIT.usage;
  }
  return runCommand(command, `${group.name} ${command.name}`, rest, io);
}

async function runCommand(command: Command, name: string, rest: string[], io: Io): Promise<number> {
  if (rest.some(isHelpFlag)) {
    io.out(`${command.help}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`wethi ${name}: ${error.message}\n\n${command.help}\n`);
      return EXIT.usage;
    }
    printError(io, error);
    return EXIT.failed;
  }
}

const isHelpFlag = (arg: string) => arg === '--help' || arg === '-h';
