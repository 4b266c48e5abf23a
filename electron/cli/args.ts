/**
 * Option parsing shared by every command: node:util parseArgs in strict mode, with its errors
 * (unknown option, missing value) turned into usage errors, which exit with code 2.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';

export class UsageError extends Error {
  override name = 'UsageError';
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

type Options = NonNullable<ParseArgsConfig['options']>;

/** Every command takes --help. */
export const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const satisfies Options;

export function parseCommandArgs<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options: { ...HELP_OPTION, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export function required(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} is required`);
  return value;
}

/** Keeps only the options that were given, so the contract's defaults apply to the rest. */
export function given<K extends string>(values: Record<string, unknown>, names: Record<K, string>): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const [key, option] of Object.entries(names) as [K, string][]) {
    const value = values[option];
    if (typeof value === 'string') out[key] = value;
  }
  return out;
}
