/** Handlers for imports.*: placeholder until the import pipeline lands. */
import type { Handlers } from '../../../shared/contract';
import type { Context } from '../context';
import { AppError } from '../errors';

export function importsService(_ctx: Context): Pick<Handlers, 'imports.template' | 'imports.preview' | 'imports.commit'> {
  const todo = () => {
    throw new AppError('internal', 'error.internal', 'import not implemented yet');
  };
  return { 'imports.template': todo, 'imports.preview': todo, 'imports.commit': todo };
}
