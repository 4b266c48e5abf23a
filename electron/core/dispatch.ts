/**
 * The one way into the core from outside (IPC, HTTP, CLI): look the operation up, validate the
 * input with its schema, run the handler, and turn every outcome into a `Result`.
 */
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { type Handlers, type OpName, type Result, contract, isOpName } from '../../shared/contract';
import { AppError, toApiError } from './errors';

/**
 * Whether handlers' outputs are checked against the contract. Inputs are always checked: they
 * come from outside. Outputs come from our own handlers, in this process, so in production the
 * check only costs time (half of the dispatch cost of a small write). Where it is on — every
 * test run (Vitest sets VITEST, the CLI and host it starts inherit it) and WETHI_CHECK_OUTPUTS=1
 * (the E2E host) — it is strict: the output must already be exactly what its schema makes of
 * it (no extra keys that the schema would strip, no value it would change), so a handler that
 * passes the tests returns the same thing unchecked in production, and an extra key (say, a
 * sensitive column) can never reach a caller.
 */
export const CHECK_OUTPUTS_BY_DEFAULT = process.env.WETHI_CHECK_OUTPUTS === '1' || process.env.VITEST === 'true';

function checkedOutput(name: OpName, value: unknown): unknown {
  const parsed = contract[name].output.safeParse(value);
  if (!parsed.success) {
    throw new AppError('internal', 'error.internal', `the output of ${name} does not match its schema: ${z.prettifyError(parsed.error)}`);
  }
  if (!isDeepStrictEqual(parsed.data, value)) {
    throw new AppError('internal', 'error.internal', `the output of ${name} is not exactly what its schema describes (a key the schema leaves out, or a value it changes)`);
  }
  return parsed.data;
}

export async function dispatch(handlers: Handlers, name: string, input: unknown, checkOutputs = CHECK_OUTPUTS_BY_DEFAULT): Promise<Result<unknown>> {
  if (!isOpName(name)) {
    return { ok: false, error: toApiError(new AppError('unknown_operation', 'error.unknown_operation', `Unknown operation: ${name}`)) };
  }
  const parsed = contract[name].input.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'validation',
        messageKey: 'error.validation',
        message: z.prettifyError(parsed.error),
        details: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
      },
    };
  }
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    const value = await handler(parsed.data);
    return { ok: true, value: checkOutputs ? checkedOutput(name, value) : value };
  } catch (error) {
    return { ok: false, error: toApiError(error) };
  }
}

/** For in-process callers (tests, benchmarks) that want the value or a thrown AppError. */
export async function call<K extends OpName>(
  handlers: Handlers,
  name: K,
  input: z.input<(typeof contract)[K]['input']>,
): Promise<z.infer<(typeof contract)[K]['output']>> {
  const result = await dispatch(handlers, name, input);
  if (!result.ok) throw new AppError(result.error.code, result.error.messageKey, result.error.message, result.error.details);
  return result.value as z.infer<(typeof contract)[K]['output']>;
}
