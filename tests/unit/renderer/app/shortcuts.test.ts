import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORUM_TABS } from '../../../../renderer/ui/route';
import { SHORTCUT_SECTIONS, TAB_SHORTCUTS } from '../../../../renderer/app/shortcuts';
import { en, th } from '../../../../renderer/i18n/resources';

const root = path.resolve(import.meta.dirname, '../../../..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The text of each `useHotkeys(…)` call's arguments, balanced on parentheses. */
function hotkeyCalls(source: string): string[] {
  const calls: string[] = [];
  for (let at = source.indexOf('useHotkeys('); at !== -1; at = source.indexOf('useHotkeys(', at + 1)) {
    let depth = 0;
    let end = at + 'useHotkeys'.length;
    for (; end < source.length; end++) {
      if (source[end] === '(') depth++;
      else if (source[end] === ')' && --depth === 0) break;
    }
    calls.push(source.slice(at + 'useHotkeys('.length, end));
  }
  return calls;
}

const listed = new Set(SHORTCUT_SECTIONS.flatMap((s) => s.items.flatMap((i) => i.hotkeys ?? [])).map((h) => h.toLowerCase()));

const lookup = (resources: Record<string, unknown>, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), resources);

describe('the ? dialog', () => {
  it('lists every key any screen registers with useHotkeys', () => {
    const unlisted: string[] = [];
    const unreadable: string[] = [];
    for (const file of sourceFiles(path.join(root, 'renderer'))) {
      const source = fs.readFileSync(file, 'utf8');
      for (const call of hotkeyCalls(source)) {
        const where = path.relative(root, file);
        // A key made at run time cannot be checked here: bind it from a listed KeyHint (bindHotkeys) instead.
        if (call.includes('`')) unreadable.push(where);
        for (const match of call.matchAll(/\[\s*(['"])(.+?)\1\s*,/g)) {
          const hotkey = match[2] as string;
          if (!listed.has(hotkey.toLowerCase())) unlisted.push(`${where}: ${hotkey}`);
        }
      }
    }
    expect(unreadable).toEqual([]);
    expect(unlisted).toEqual([]);
  });

  it('finds a literal key in a useHotkeys call, so the check above can fail', () => {
    expect(hotkeyCalls("useHotkeys([['mod+J', open, { usePhysicalKeys: true }]], []);")).toEqual(["[['mod+J', open, { usePhysicalKeys: true }]], []"]);
    expect(listed.has('mod+j')).toBe(false);
  });

  it('has a line for each tab with an Alt+digit key, Alt+1 … Alt+9 then Alt+0', () => {
    expect(TAB_SHORTCUTS.map((s) => [s.tab, s.keys[0], s.hotkeys[0]])).toEqual(
      FORUM_TABS.slice(0, 10).map((tab, i) => [tab, `Alt+${(i + 1) % 10}`, `alt+digit${(i + 1) % 10}`]),
    );
  });

  it('has every title and line translated in Thai and English', () => {
    const keys = SHORTCUT_SECTIONS.flatMap((s) => [s.title, ...s.items.map((i) => i.label)]);
    expect(keys.filter((k) => typeof lookup(th, k) !== 'string')).toEqual([]);
    expect(keys.filter((k) => typeof lookup(en, k) !== 'string')).toEqual([]);
  });
});
