/** Poppler's tools on a PDF written to a temp folder: what a reader (and a clerk's viewer) gets out of the file. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../../support/temp';

export interface WordBox {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface Raster {
  width: number;
  height: number;
  /** Pixels per point. */
  scale: number;
  /** Grey level at pixel (x, y), row by row. */
  at(x: number, y: number): number;
}

export interface PdfFile {
  file: string;
  pages: number;
  /** pdftotext of the pages asked (1-based, inclusive), `-layout` on request. */
  text(options?: { first?: number; last?: number; layout?: boolean }): string;
  fonts(): string;
  images(): string;
  /** Every word with its box in points (origin top left), as `pdftotext -bbox-layout` reads them into lines and blocks. */
  words(page: number): WordBox[];
  /** The page's size in points. */
  size(page: number): { width: number; height: number };
  /** One page rendered in grey levels (0 black … 255 white), `scale` pixels per point. */
  raster(page: number, scale?: number): Raster;
  /** One page as a PNG file, for looking at. */
  png(page: number, dpi?: number): string;
}

const run = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

export function openPdf(data: Buffer, dir = tempDir('wethi-pdf-')): PdfFile {
  const file = path.join(dir, 'minutes.pdf');
  fs.writeFileSync(file, data);
  const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))?.[1]);
  return {
    file,
    pages,
    text: ({ first, last, layout } = {}) =>
      run('pdftotext', [...(first ? ['-f', String(first)] : []), ...(last ? ['-l', String(last)] : []), ...(layout ? ['-layout'] : []), file, '-']),
    fonts: () => run('pdffonts', [file]),
    images: () => run('pdfimages', ['-list', file]),
    words: (page) =>
      [...run('pdftotext', ['-f', String(page), '-l', String(page), '-bbox-layout', file, '-']).matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        (m) => ({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5] ?? '' }),
      ),
    size: (page) => {
      const [, width, height] = /Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/.exec(run('pdfinfo', ['-f', String(page), '-l', String(page), file])) ?? [];
      return { width: Number(width), height: Number(height) };
    },
    raster: (page, scale = 3) => {
      const prefix = path.join(dir, `grey-${page}`);
      run('pdftoppm', ['-gray', '-r', String(scale * 72), '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
      return readPgm(fs.readFileSync(`${prefix}.pgm`), scale);
    },
    png: (page, dpi = 60) => {
      const prefix = path.join(dir, `page-${page}`);
      run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
      return `${prefix}.png`;
    },
  };
}

/** A binary PGM (P5, 8 bits) as pdftoppm -gray writes it. */
function readPgm(data: Buffer, scale: number): Raster {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const pixels = data.subarray(header[0].length);
  return { width, height, scale, at: (x, y) => pixels[y * width + x] ?? 255 };
}

/** Lines with their text, empty ones dropped. */
export const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
