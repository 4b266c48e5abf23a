/**
 * Sarabun everywhere (bundled, so Thai looks the same on every laptop), a size readable from a
 * step back at a registration table, and line height tall enough that Thai marks above and
 * below the line are never clipped.
 */
import { Badge, type CSSVariablesResolver, createTheme, Drawer, type MantineColorsTuple, type MantineThemeOverride, Modal, mergeThemeOverrides, NavLink, Notification } from '@mantine/core';
import { readableColors, readableDimmed } from './readable-colors';

const FONT = 'Sarabun, "Noto Sans Thai", Tahoma, sans-serif';

// A deep teal, calm on a projector and readable with white text.
const wethi: MantineColorsTuple = [
  '#e3f8f6',
  '#cdeeea',
  '#9ddcd3',
  '#69c9bb',
  '#40b9a7',
  '#27af9b',
  '#13a993',
  '#00937f',
  '#008371',
  '#007161',
];

// Text shades darkened to read at 4.5:1 (readable-colors.ts); the light shades are Mantine's.
const colors = readableColors({ wethi });

export const theme = createTheme({
  fontFamily: FONT,
  headings: { fontFamily: FONT, fontWeight: '700' },
  primaryColor: 'wethi',
  primaryShade: 8,
  colors,
  fontSizes: { xs: '0.875rem', sm: '0.9375rem', md: '1.0625rem', lg: '1.1875rem', xl: '1.375rem' },
  lineHeights: { xs: '1.5', sm: '1.55', md: '1.6', lg: '1.6', xl: '1.6' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    // Upper case means nothing in Thai and shouts in English. A badge is a word or two: shown
    // whole (a narrow table column grows for it) rather than cut to "กำ…".
    Badge: Badge.extend({ styles: { root: { textTransform: 'none', minWidth: 'max-content' }, label: { overflow: 'visible' } } }),
    // Mantine fades the chosen link's description to 0.9, which takes its text under 4.5:1.
    NavLink: NavLink.extend({ styles: { description: { opacity: 1 } } }),
  },
});

/** "dimmed" help text as dark as it must be to read (Mantine's grey 6 is 3.3:1 on white). */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': readableDimmed(colors) },
  dark: {},
});

/** The theme with the words it needs: Mantine's close buttons (×) have no name of their own. */
export function themeIn(labels: { closeWindow: string; closeMessage: string }): MantineThemeOverride {
  const closeButtonProps = { 'aria-label': labels.closeWindow };
  return mergeThemeOverrides(
    theme,
    createTheme({
      components: {
        Modal: Modal.extend({ defaultProps: { closeButtonProps } }),
        Drawer: Drawer.extend({ defaultProps: { closeButtonProps } }),
        Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': labels.closeMessage } } }),
      },
    }),
  );
}
