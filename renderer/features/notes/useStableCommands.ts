/**
 * An object of callbacks whose identity never changes, each calling the latest version passed
 * in. The note rows are memoised; handing them fresh closures on every render (every stored
 * note) would re-render the whole list while the note-taker is typing the next one.
 */
import { useRef, useState } from 'react';

// biome-ignore lint/suspicious/noExplicitAny: any function signature is kept as it is
type Callbacks = Record<string, (...args: any[]) => unknown>;

export function useStableCommands<T extends Callbacks>(commands: T): T {
  const latest = useRef(commands);
  latest.current = commands;
  const [stable] = useState(() => {
    const out: Callbacks = {};
    for (const key of Object.keys(commands)) out[key] = (...args: unknown[]) => latest.current[key]?.(...args);
    return out as T;
  });
  return stable;
}
