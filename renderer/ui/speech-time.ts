/** Speaking time as a clock face: "4:05", "1:02:09"; over a limit the caller adds the sign. */
export function formatClock(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** "#12 นายสมชาย ใจดี": the badge number first, as the hall calls people by it. */
export function personLabel(person: { name: string; number: number | null } | null, unattributed: string): string {
  if (!person) return unattributed;
  return person.number === null ? person.name : `#${person.number} ${person.name}`;
}

/** How far over the limit, never "0:00": the moment the limit is passed, it reads as a second over. */
export const formatOver = (remainingMs: number) => formatClock(Math.max(1000, -remainingMs));

/** Time left, counted down in whole seconds: it reads 0:00 only when the limit is reached. */
export const formatLeft = (remainingMs: number) => formatClock(Math.ceil(remainingMs / 1000) * 1000);
