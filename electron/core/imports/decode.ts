/**
 * Bytes of a CSV file to text. Thai Excel saves "CSV" in Windows-874 (TIS-620 plus a few
 * symbols), newer Excel offers "CSV UTF-8" with a BOM, other tools write UTF-8 without one,
 * and "Unicode text" is UTF-16 with a BOM. A Windows-874 file is almost never valid UTF-8, so
 * "decodes as UTF-8 without errors" is a reliable test.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-874';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

export function decodeText(bytes: Uint8Array): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: buffer.toString('utf8', 3), encoding: 'utf-8-bom' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: iconv.decode(buffer.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: iconv.decode(buffer.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  // isUtf8 validates at memory speed; a strict TextDecoder takes ten times as long on a large sheet.
  if (isUtf8(buffer)) return { text: buffer.toString('utf8'), encoding: 'utf-8' };
  return { text: iconv.decode(buffer, 'windows-874'), encoding: 'windows-874' };
}
