/** Poppler's tools on a PDF written to a temp folder: what a reader (and a clerk's viewer) gets out of the file. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../../support/temp';

export interface PdfFile {
  file: string;
  pages: number;
  /** pdftotext of the pages asked (1-based, inclusive), `-layout` on request. */
  text(options?: { first?: number; last?: number; layout?: boolean }): string;
  fonts(): string;
  images(): string;
  /** Every word with its box in points (origin top left). */
  words(page: number): { text: string; yMin: number; yMax: number }[];
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
      [...run('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', file, '-']).matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        (m) => ({ yMin: Number(m[1]), yMax: Number(m[2]), text: m[3] ?? '' }),
      ),
    png: (page, dpi = 60) => {
      const prefix = path.join(dir, `page-${page}`);
      run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
      return `${prefix}.png`;
    },
  };
}

/** Lines with their text, empty ones dropped. */
export const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
