/**
 * The projector's palette and type sizes: light on a dark ground (a projector's black is grey,
 * so dark backgrounds keep contrast in a bright hall), sizes in vw so a 1080p screen and a
 * small window both fill, never below 32 px.
 */
export const BG = '#0b1f2a';
export const FG = '#ffffff';
export const ACCENT = '#7ee0cf';
export const MUTED = '#c9d8de';
/** Over time: bright enough on the dark ground (contrast about 6:1). */
export const OVER = '#ff7a7a';
export const PANEL = 'rgba(255, 255, 255, 0.07)';

export const size = {
  body: 'clamp(32px, 2.2vw, 44px)',
  large: 'clamp(36px, 2.8vw, 56px)',
  title: 'clamp(48px, 4.4vw, 88px)',
  huge: 'clamp(120px, 14vw, 280px)',
};
