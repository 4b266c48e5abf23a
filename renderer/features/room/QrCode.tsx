/**
 * A QR code as SVG, black on white with the standard quiet zone of four modules, drawn from the
 * `qrcode` library's module matrix (no canvas, no image data): sharp at any projector size.
 */
import QRCode from 'qrcode';
import { useMemo } from 'react';

export function QrCode({ text, size, label }: { text: string; size: number | string; label: string }) {
  const { path, modules } = useMemo(() => {
    const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const n = qr.modules.size;
    let d = '';
    for (let y = 0; y < n; y++) {
      for (let x = 0; x < n; x++) if (qr.modules.get(y, x)) d += `M${x + 4} ${y + 4}h1v1h-1z`;
    }
    return { path: d, modules: n + 8 };
  }, [text]);
  return (
    <svg
      role="img"
      aria-label={label}
      data-testid="room-qr"
      viewBox={`0 0 ${modules} ${modules}`}
      width={size}
      height={size}
      shapeRendering="crispEdges"
      style={{ background: '#ffffff', display: 'block' }}
    >
      <rect width={modules} height={modules} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
