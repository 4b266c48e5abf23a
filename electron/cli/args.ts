/**
 * The one option parser of every command: a command declares its options (type, placeholder,
 * help line, required) and its positional arguments once; from that declaration come the
 * node:util parseArgs configuration, the checks (required options, how many positionals), the
 * typed values the command reads, and the option list of its --help. Errors are usage errors,
 * which exit with code 2.
 */
import { parseArgs } from 'node:util';

export class UsageError extends Error {
  override name = 'UsageError';
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

interface OptionBase {
  /** One line (or more, joined) for --help. */
  help: string;
  short?: string;
}
export interface StringOption extends OptionBase {
  type: 'string';
  /** The placeholder in --help: `--title TITLE`. */
  value: string;
  required?: boolean;
  multiple?: boolean;
  default?: string;
}
export interface BooleanOption extends OptionBase {
  type: 'boolean';
}
export type OptionSpec = StringOption | BooleanOption;
export type OptionSpecs = Record<string, OptionSpec>;

/** What a command reads: required strings are strings, repeatable ones lists, flags booleans. */
export type Values<O extends OptionSpecs> = {
  [K in keyof O]: O[K] extends BooleanOption
    ? boolean
    : O[K] extends { multiple: true }
      ? string[]
      : O[K] extends { required: true } | { default: string }
        ? string
        : string | undefined;
};

export interface Positionals {
  /** The placeholder in usage and messages: `FILE.json`. */
  name: string;
  min: number;
  max: number;
  /** The message when the count is wrong ("give exactly one JSON file to tally"). */
  message: string;
}

export interface ArgsSpec<O extends OptionSpecs = OptionSpecs> {
  options: O;
  positionals?: Positionals;
}

export interface Parsed<O extends OptionSpecs> {
  values: Values<O>;
  positionals: string[];
}

/** Every command takes --help. */
const HELP = { help: { type: 'boolean', short: 'h' } } as const;

export function parseCommand<O extends OptionSpecs>(spec: ArgsSpec<O>, args: readonly string[]): Parsed<O> {
  const config = Object.fromEntries(
    Object.entries(spec.options).map(([name, o]) => [
      name,
      o.type === 'boolean'
        ? { type: 'boolean' as const, ...(o.short ? { short: o.short } : {}) }
        : { type: 'string' as const, multiple: o.multiple === true, ...(o.short ? { short: o.short } : {}) },
    ]),
  );
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options: { ...HELP, ...config }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const values: Record<string, unknown> = {};
  for (const [name, o] of Object.entries(spec.options)) {
    const given = parsed.values[name];
    if (o.type === 'boolean') values[name] = given === true;
    else if (o.multiple) values[name] = (given as string[] | undefined) ?? [];
    else {
      const text = (given as string | undefined) ?? o.default;
      if (o.required && (text === undefined || text === '')) throw new UsageError(`--${name} is required`);
      values[name] = text;
    }
  }
  const positionals = parsed.positionals;
  const allowed = spec.positionals;
  if (!allowed && positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}`);
  if (allowed && (positionals.length < allowed.min || positionals.length > allowed.max)) throw new UsageError(allowed.message);
  return { values: values as Values<O>, positionals };
}

/** The option list of --help, one aligned line per option, from the same declaration. */
export function optionsHelp(options: OptionSpecs): string[] {
  const rows = Object.entries(options).map(([name, o]) => [`--${name}${o.type === 'string' ? ` ${o.value}` : ''}`, o.help] as const);
  const width = Math.max(20, ...rows.map(([flag]) => flag.length + 2));
  return rows.map(([flag, help]) => `  ${flag.padEnd(width)}${help.replaceAll('\n', `\n  ${' '.repeat(width)}`)}`);
}

/** Options that were given, under the contract's field names, so the contract's defaults apply to the rest. */
export function given<K extends string>(values: Record<string, unknown>, names: Readonly<Record<K, string>>): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const [key, option] of Object.entries(names) as [K, string][]) {
    const value = values[option];
    if (typeof value === 'string') out[key] = value;
  }
  return out;
}

/** "NAME=VALUE" options (--map, --weight): the name may itself contain "=", the value is after the last one. */
export function splitPair(text: string, option: string, example: string): [string, string] {
  const at = text.lastIndexOf('=');
  const name = at > 0 ? text.slice(0, at).trim() : '';
  if (name === '') throw new UsageError(`--${option} "${text}": write ${example}`);
  return [name, text.slice(at + 1).trim()];
}
