/** Domain errors are values with a code and a translation key; anything else becomes `internal`. */
import type { ApiError, ErrorCode } from '../../shared/contract';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (entity: string, id: string) =>
  new AppError('not_found', 'error.not_found', `${entity} ${id} not found`, { entity, id });

export function toApiError(error: unknown): ApiError {
  if (error instanceof AppError) {
    return { code: error.code, messageKey: error.messageKey, message: error.message, details: error.details };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', messageKey: 'error.internal', message };
}
