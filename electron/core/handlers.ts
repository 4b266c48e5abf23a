/** The slice of the handler map that one feature's service implements. */
import type { Handlers } from '../../shared/contract';

export type HandlersFor<Prefix extends string> = Pick<Handlers, Extract<keyof Handlers, `${Prefix}.${string}`>>;
