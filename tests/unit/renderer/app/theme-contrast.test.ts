/**
 * The theme's text colours read at WCAG AA (4.5:1) where the screens put them: coloured text
 * (shades 7 and 8) on white and the light greys, a light badge's text (shade 9) on its own light
 * background, and "dimmed" help text on white, grey and every light tint. The ratio is computed
 * here from the WCAG formula, not with the module under test.
 */
import { DEFAULT_THEME, type MantineColorsTuple } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { cssVariablesResolver, theme } from '../../../../renderer/app/theme';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function ratio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const WHITE = '#ffffff';
const GRAYS = DEFAULT_THEME.colors.gray;
const colors = theme.colors as Record<string, MantineColorsTuple>;
const coloured = Object.entries(colors).filter(([name]) => name !== 'gray' && name !== 'dark');

describe('theme contrast', () => {
  it('checks itself: Mantine’s own dimmed grey is under 4.5:1 on white', () => {
    expect(ratio(GRAYS[6], WHITE)).toBeLessThan(4.5);
    expect(ratio('#000000', WHITE)).toBeCloseTo(21, 5);
  });

  it('coloured text (shades 7 and 8) reads on white and the light greys, for every colour', () => {
    expect(coloured.length).toBeGreaterThanOrEqual(13);
    for (const [name, tuple] of coloured) {
      for (const shade of [7, 8] as const) {
        for (const bg of [WHITE, GRAYS[0], GRAYS[1]]) expect(ratio(tuple[shade], bg), `${name}.${shade} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('a light badge, button or chosen link (shade 9 on shades 0 to 2, 2 under the mouse) reads, and the light shades stay Mantine’s', () => {
    for (const [name, tuple] of coloured) {
      for (const bg of [tuple[0], tuple[1], tuple[2]]) expect(ratio(tuple[9], bg), `${name}.9 on ${bg}`).toBeGreaterThanOrEqual(4.5);
      const mantine = DEFAULT_THEME.colors[name];
      if (mantine) expect(tuple.slice(0, 7), name).toEqual(mantine.slice(0, 7));
    }
  });

  it('white text on a filled button (the primary shade 8) reads', () => {
    for (const [name, tuple] of coloured) expect(ratio(WHITE, tuple[8]), name).toBeGreaterThanOrEqual(4.5);
  });

  it('dimmed help text reads on white, grey and every colour’s light tints, and is still lighter than body text', () => {
    const dimmed = cssVariablesResolver(theme as never).light['--mantine-color-dimmed'];
    expect(dimmed).toMatch(/^#[0-9a-f]{6}$/);
    if (!dimmed) return;
    for (const bg of [WHITE, GRAYS[0], GRAYS[1], ...coloured.flatMap(([, t]) => [t[0], t[1], t[2]])]) expect(ratio(dimmed, bg), `dimmed on ${bg}`).toBeGreaterThanOrEqual(4.5);
    expect(luminance(dimmed)).toBeGreaterThan(luminance('#212529'));
  });
});
