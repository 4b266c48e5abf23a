/**
 * Colours that read: WCAG AA (4.5:1) for every shade the screens put text in. Mantine's palette
 * is kept for the light shades (backgrounds, bars); the text shades are darkened just enough:
 * shade 7 and 8 (coloured text, outline and subtle buttons, filled buttons under white text) on
 * white and light grey, shade 9 (text of "light" badges, buttons and chosen links) on its own
 * shades 0 to 2 (2 under the mouse); and "dimmed" help text on white, light grey and any
 * colour's lightest shades, hovered ones too.
 */
import { DEFAULT_THEME, darken, luminance, type MantineColorsTuple, toRgba } from '@mantine/core';

export const AA = 4.5;
// A hair above the line, so rounding in a checker never tips it under.
const TARGET = 4.6;

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const hex = (color: string) => {
  const { r, g, b } = toRgba(color);
  return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
};

/** The colour, darkened in small steps until it reads on every background given. */
export function readableOn(color: string, backgrounds: readonly string[]): string {
  let out = color;
  for (let amount = 0.03; backgrounds.some((bg) => contrast(out, bg) < TARGET) && amount < 0.9; amount += 0.03) out = hex(darken(color, amount));
  return out;
}

const WHITE = '#ffffff';
const GRAYS = DEFAULT_THEME.colors.gray;
/** Where coloured text sits: the page, striped and hovered table rows. */
const PAGE = [WHITE, GRAYS[0], GRAYS[1]];

export function readablePalette(tuple: MantineColorsTuple): MantineColorsTuple {
  const [c0, c1, c2, c3, c4, c5, c6, c7, c8, c9] = tuple;
  return [c0, c1, c2, c3, c4, c5, c6, readableOn(c7, PAGE), readableOn(c8, [...PAGE, c0]), readableOn(c9, [...PAGE, c0, c1, c2])];
}

/** Every colour the screens name, Mantine's and ours. */
export function readableColors(own: Record<string, MantineColorsTuple>): Record<string, MantineColorsTuple> {
  const all = { ...DEFAULT_THEME.colors, ...own };
  return Object.fromEntries(Object.entries(all).map(([name, tuple]) => [name, name === 'dark' || name === 'gray' ? tuple : readablePalette(tuple)]));
}

/** Help text: lighter than the body text, yet readable on white, grey and every light tint. */
export function readableDimmed(colors: Record<string, MantineColorsTuple>): string {
  const tints = Object.entries(colors).flatMap(([name, tuple]) => (name === 'dark' ? [] : [tuple[0], tuple[1], tuple[2]]));
  return readableOn(GRAYS[6], [...PAGE, ...tints]);
}
