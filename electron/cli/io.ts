/** Where the CLI writes: JSON results on stdout, people-readable errors on stderr. */
import { AppError } from '../core/errors';
import { FileError, reasonOf } from './files';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

export const printJson = (io: Io, value: unknown) => io.out(`${JSON.stringify(value, null, 2)}\n`);

/** "wethi: forum … not found [not_found]": the message for people, the code for scripts. */
export function printError(io: Io, error: unknown): void {
  if (error instanceof AppError) {
    io.err(`wethi: ${error.code === 'validation' ? validationText(error) : error.message} [${error.code}]\n`);
    return;
  }
  if (error instanceof FileError) {
    io.err(`wethi: ${error.message} [${error.code}]\n`);
    return;
  }
  // A system error that no command turned into words: at least say what the system meant.
  const errno = (error as NodeJS.ErrnoException | null)?.code;
  const message = errno ? `${reasonOf(error)}${(error as NodeJS.ErrnoException).path ? ` (${(error as NodeJS.ErrnoException).path})` : ''}` : error instanceof Error ? error.message : String(error);
  io.err(`wethi: ${message} [internal]\n`);
}

/** The contract's issues as "date: Invalid ISO date", one line each: the option names are in them. */
function validationText(error: AppError): string {
  const issues = Array.isArray(error.details) ? (error.details as { path?: string[]; message?: string }[]) : [];
  if (issues.length === 0) return error.message;
  return `invalid input: ${issues.map((i) => `${i.path?.join('.') || 'input'}: ${i.message}`).join('; ')}`;
}
