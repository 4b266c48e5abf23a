/** Prints HTML to PDF: the one thing the minutes need from a browser. */
export interface PdfPrinter {
  /** A finished PDF of the page (A4; the page's own @page rules decide margins and headers). */
  print(html: string): Promise<Buffer>;
  /** Frees what the printer holds (a browser process); printing again starts it anew. */
  close?(): Promise<void>;
}

/** Pages of a finished PDF: its page objects (`/Type /Page`, not `/Pages`), as Chromium writes them uncompressed. */
export function countPdfPages(pdf: Buffer): number {
  const matches = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g);
  return matches?.length ?? 0;
}
