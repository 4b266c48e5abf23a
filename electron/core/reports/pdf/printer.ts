/** Prints HTML to PDF. PLACEHOLDER: owned by the PDF/HTML helper. */
export interface PdfPrinter {
  /** A finished PDF of the page (A4; the page's own @page rules decide margins and headers). */
  print(html: string): Promise<Buffer>;
}
