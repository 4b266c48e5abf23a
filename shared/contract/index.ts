/**
 * The contract: every operation the UI may ask for, name → input schema → output schema.
 * Services implement it (`Handlers`), the IPC bridge and the local host serve it, and the
 * renderer calls it through `Api`. Adding an operation = one entry in a feature file here.
 */
import type { z } from 'zod';
import { agendaContract } from './agenda';
import { backupsContract } from './backups';
import type { ChangeEvent } from './common';
import { equityContract } from './equity';
import { forumsContract } from './forums';
import { groupsContract } from './groups';
import { importsContract } from './imports';
import { issuesContract } from './issues';
import { notesContract } from './notes';
import { peopleContract } from './people';
import { pollsContract } from './polls';
import { prioritiesContract } from './priorities';
import { mergeContract } from './merge';
import { projectsContract } from './projects';
import { projectorContract } from './projector';
import { reportsContract } from './reports';
import { roomContract } from './room';
import { representationContract } from './representation';
import { searchContract } from './search';
import { sessionContract } from './session';
import { speakersContract } from './speakers';

export const contract = {
  ...forumsContract,
  ...peopleContract,
  ...importsContract,
  ...representationContract,
  ...backupsContract,
  ...agendaContract,
  ...projectorContract,
  ...issuesContract,
  ...notesContract,
  ...searchContract,
  ...speakersContract,
  ...groupsContract,
  ...equityContract,
  ...pollsContract,
  ...prioritiesContract,
  ...projectsContract,
  ...reportsContract,
  ...sessionContract,
  ...mergeContract,
  ...roomContract,
};

export type Contract = typeof contract;
export type OpName = keyof Contract;
/** What a caller passes (defaults may be left out). */
export type Input<K extends OpName> = z.input<Contract[K]['input']>;
/** What a handler receives (after parsing: defaults filled, text trimmed). */
export type ParsedInput<K extends OpName> = z.output<Contract[K]['input']>;
export type Output<K extends OpName> = z.infer<Contract[K]['output']>;

/** The service layer's shape: one function per operation. */
export type Handlers = { [K in OpName]: (input: ParsedInput<K>) => Output<K> | Promise<Output<K>> };

export const isOpName = (name: string): name is OpName => Object.hasOwn(contract, name);

type Namespace<K> = K extends `${infer N}.${string}` ? N : never;
type Method<K, N extends string> = K extends `${N}.${infer M}` ? M : never;

/** The renderer's view: `api.forums.create(draft)`, plus change events. */
export type Api = {
  [N in Namespace<OpName>]: {
    [M in Method<OpName, N>]: (input: Input<`${N}.${M}` & OpName>) => Promise<Output<`${N}.${M}` & OpName>>;
  };
} & {
  onChange(listener: (event: ChangeEvent) => void): () => void;
};

export * from './common';
export * from './forums';
export * from './people';
export * from './imports';
export * from './representation';
export * from './backups';
export * from './agenda';
export * from './projector';
export * from './issues';
export * from './notes';
export * from './search';
export * from './speakers';
export * from './groups';
export * from './equity';
export * from './polls';
export * from './priorities';
export * from './projects';
export * from './reports';
export * from './session';
export * from './merge';
export * from './room';

