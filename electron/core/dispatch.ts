/**
 * The one way into the core from outside (IPC, HTTP, CLI): look the operation up, validate the
 * input with its schema, run the handler, and turn every outcome into a `Result`.
 */
import { z } from 'zod';
import { type Handlers, type OpName, type Result, contract, isOpName } from '../../shared/contract';
import { AppError, toApiError } from './errors';

export async function dispatch(handlers: Handlers, name: string, input: unknown): Promise<Result<unknown>> {
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
    // Outputs are checked too, so a handler bug surfaces here rather than as a broken screen.
    const value = contract[name].output.parse(await handler(parsed.data));
    return { ok: true, value };
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
