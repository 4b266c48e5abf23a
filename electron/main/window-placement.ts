/**
 * Where the projector window goes: full screen on a second display (the projector) when one is
 * connected, else an ordinary window on the laptop screen. Pure, so it is unit-tested.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayInfo {
  id: number;
  bounds: Rect;
  workArea: Rect;
}

export interface Placement {
  bounds: Rect;
  fullscreen: boolean;
  onSecondDisplay: boolean;
}

const WINDOWED = { width: 1280, height: 720 };

export function projectorPlacement(displays: readonly DisplayInfo[], primaryId: number): Placement {
  const external = displays.find((d) => d.id !== primaryId);
  if (external) return { bounds: { ...external.bounds }, fullscreen: true, onSecondDisplay: true };
  const primary = displays.find((d) => d.id === primaryId) ?? displays[0];
  const area = primary?.workArea ?? { x: 0, y: 0, ...WINDOWED };
  const width = Math.min(WINDOWED.width, area.width);
  const height = Math.min(WINDOWED.height, area.height);
  return {
    bounds: { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height },
    fullscreen: false,
    onSecondDisplay: false,
  };
}
