/**
 * Random ids made on the phone (ballots, ideas). A LAN address over plain http is not a secure
 * context, so crypto.randomUUID is missing there; crypto.getRandomValues is not.
 */
export function randomId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  let hex = '';
  for (const b of bytes) hex += (b < 16 ? '0' : '') + b.toString(16);
  return hex;
}
