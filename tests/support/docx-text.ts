/** A DOCX unzipped (JSZip): its document.xml, and the text one line per paragraph (tabs as "\t"). */
import JSZip from 'jszip';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

export async function docxText(buffer: Buffer): Promise<{ xml: string; text: string; lines: string[] }> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const lines = (xml.match(/<w:p>.*?<\/w:p>|<w:p .*?<\/w:p>/g) ?? []).map((p) =>
    (p.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>|<w:tab\/>/g) ?? [])
      .map((piece) => (piece === '<w:tab/>' ? '\t' : piece.replace(/<[^>]+>/g, '')))
      .join('')
      .replace(/&\w+;/g, (e) => ENTITIES[e] ?? e),
  );
  return { xml, text: lines.join('\n'), lines };
}
