/**
 * Status colours, the same on the tab, the charts and the projector: dark enough for white text
 * on a badge (contrast at least 4.5:1, WCAG AA), told apart by hue.
 */
export const STATUS_COLOURS = {
  none: '#6b7280',
  not_started: '#495057',
  in_progress: '#1864ab',
  done: '#2b7a3b',
  delayed: '#a94400',
  dropped: '#b02525',
} as const;
