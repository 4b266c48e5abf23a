/**
 * Where each element of the top-level "ballots" array starts in a JSON text, as 1-based line
 * numbers, so a refusal can point at the line the user sees in an editor. A small recursive
 * scanner: the text has already been parsed by JSON.parse, so it is known to be valid JSON.
 */
export function ballotLines(text: string): number[] {
  let i = 0;
  let line = 1;
  const out: number[] = [];
  const space = () => {
    while (i < text.length) {
      const c = text[i];
      if (c === '\n') line++;
      else if (c !== ' ' && c !== '\t' && c !== '\r') break;
      i++;
    }
  };
  const string = (): string => {
    i++;
    let s = '';
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') {
        s += text[i + 1] ?? '';
        i += 2;
      } else {
        s += text[i];
        i++;
      }
    }
    i++;
    return s;
  };
  const value = (mode: 'top' | 'ballots' | 'other'): void => {
    space();
    const c = text[i];
    if (c === '"') {
      string();
    } else if (c === '{' || c === '[') {
      i++;
      const close = c === '{' ? '}' : ']';
      while (i < text.length) {
        space();
        if (text[i] === close) {
          i++;
          return;
        }
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (c === '{') {
          const key = string();
          space();
          i++; // the colon
          value(mode === 'top' && key === 'ballots' ? 'ballots' : 'other');
        } else {
          if (mode === 'ballots') out.push(line);
          value('other');
        }
      }
    } else {
      while (i < text.length && !/[,\]}\s]/.test(text[i] as string)) i++;
    }
  };
  value('top');
  return out;
}
