/**
 * One field, one name, three spellings: the contract's camelCase (`noteTaker`), the database
 * column and session-file key in snake_case (`note_taker`), the command-line option in
 * kebab-case (`--note-taker`). Every layer derives its spelling from the contract's field list
 * with these, so no layer keeps a map of its own.
 */
export type SnakeCase<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${SnakeCase<Tail>}`
  : S;

export const snakeCase = <S extends string>(name: S) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) as SnakeCase<S>;

export const kebabCase = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** `{ noteTaker: 'note_taker', … }` for every key of a field list. */
export function columnsOf<K extends string>(fields: Readonly<Record<K, unknown>>): { readonly [P in K]: SnakeCase<P> } {
  return Object.fromEntries(Object.keys(fields).map((key) => [key, snakeCase(key)])) as { [P in K]: SnakeCase<P> };
}
