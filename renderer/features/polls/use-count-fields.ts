/**
 * Count boxes per option that start from what is stored and are saved together. The stored
 * values refill the boxes when they change elsewhere, unless the facilitator is typing.
 */
import { useEffect, useRef, useState } from 'react';
import { parseCount } from '../../ui/digits';

export function useCountFields(stored: Record<string, number> | null | undefined, ids: string[]) {
  const fromStored = () => Object.fromEntries(ids.map((id) => [id, stored?.[id] === undefined ? '' : String(stored[id])]));
  const [values, setValues] = useState<Record<string, string>>(fromStored);
  const dirty = useRef(false);
  const storedKey = JSON.stringify(stored ?? null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: refill only when what is stored changes
  useEffect(() => {
    if (!dirty.current) setValues(fromStored());
  }, [storedKey]);
  const counts = Object.fromEntries(ids.map((id) => [id, parseCount(values[id] || '0')]));
  return {
    values,
    set: (id: string, text: string) => {
      dirty.current = true;
      setValues((v) => ({ ...v, [id]: text }));
    },
    /** Every box as a number (empty is 0), or null while one holds something else. */
    counts: Object.values(counts).every((n) => n !== null) ? (counts as Record<string, number>) : null,
    invalid: (id: string) => counts[id] === null,
    saved: () => {
      dirty.current = false;
    },
  };
}
