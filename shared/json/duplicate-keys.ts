/**
 * The first key that appears twice in one object of a JSON text. JSON.parse keeps the last of
 * two equal keys without a word, so a hand-edited ballot file with `"count": 1, … "count": 100`
 * would silently count the second; readers that must not guess call this after JSON.parse has
 * accepted the text (so the grammar is known to be valid and only strings and brackets matter).
 *
 * `hasDuplicateKeyFast` answers first without reading the text token by token: every key of
 * the text is followed by the only colons outside strings, so a text with no more colons than
 * the parsed value has keys cannot have lost one. Only a text with more (a duplicate, or colons
 * inside strings) is scanned by `findDuplicateKey`, which skips string contents with indexOf.
 */

export interface DuplicateKey {
  key: string;
  /** 1-based line of the second occurrence. */
  line: number;
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const COMMA = 44;

/** Keys of an open object (a list while short, which beats a Set, then a Set); null for an open array. */
type Frame = string[] | Set<string> | null;
const LIST_LIMIT = 16;

/**
 * The same answer as `findDuplicateKey(text)`, given the value JSON.parse made of `text`. Colons
 * in the text = keys in the text + colons written inside strings ≥ keys in the text ≥ keys of
 * the parsed value, with equality of the last two exactly when no key was written twice.
 */
export function findDuplicateKeyFast(text: string, parsed: unknown): DuplicateKey | null {
  let colons = 0;
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) colons++;
  return hasKeys(parsed, colons) ? null : findDuplicateKey(text);
}

/**
 * Whether the objects of a parsed JSON value have at least `wanted` own keys in all. Objects
 * are counted before the contents of arrays are looked at, and the count stops at `wanted`, so
 * a ballot file is answered from its ballot objects without visiting the names in every ranking.
 * (Explicit stacks: nesting may be deep.)
 */
function hasKeys(value: unknown, wanted: number): boolean {
  let keys = 0;
  const objects: object[] = [];
  const arrays: unknown[][] = [];
  const push = (item: unknown) => {
    if (typeof item !== 'object' || item === null) return;
    if (Array.isArray(item)) arrays.push(item);
    else objects.push(item);
  };
  push(value);
  for (;;) {
    const object = objects.pop();
    if (object !== undefined) {
      for (const key in object) {
        keys++;
        push((object as Record<string, unknown>)[key]);
      }
      if (keys >= wanted) return true;
      continue;
    }
    const array = arrays.pop();
    if (array === undefined) return keys >= wanted;
    for (let i = 0; i < array.length; i++) push(array[i]);
  }
}

export function findDuplicateKey(text: string): DuplicateKey | null {
  const stack: Frame[] = [];
  let top: Frame = null;
  // In an object: true where the next string is a key (after "{" or ",").
  let expectKey = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      let end = text.indexOf('"', i + 1);
      // A quote preceded by an odd number of backslashes is part of the string.
      while (text.charCodeAt(end - 1) === BACKSLASH) {
        let slashes = 1;
        while (text.charCodeAt(end - 1 - slashes) === BACKSLASH) slashes++;
        if (slashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      if (end < 0) return null;
      if (expectKey && top !== null) {
        const raw = text.slice(i + 1, end);
        // Escapes are decoded so "a" and "\u0061" are the same key, as JSON.parse sees them.
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (Array.isArray(top)) {
          for (let k = 0; k < top.length; k++) {
            if (top[k] === key) return { key, line: lineAt(text, i) };
          }
          top.push(key);
          if (top.length > LIST_LIMIT) top = new Set(top);
        } else {
          if (top.has(key)) return { key, line: lineAt(text, i) };
          top.add(key);
        }
        expectKey = false;
      }
      i = end + 1;
      continue;
    }
    if (c === OPEN_OBJECT) {
      stack.push(top);
      top = [];
      expectKey = true;
    } else if (c === OPEN_ARRAY) {
      stack.push(top);
      top = null;
      expectKey = false;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      top = stack.pop() ?? null;
      expectKey = false;
    } else if (c === COMMA) {
      expectKey = top !== null;
    }
    i++;
  }
  return null;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
