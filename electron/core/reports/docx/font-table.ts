/**
 * The DOCX font: TH Sarabun New (the Thai government standard) in every run, with Sarabun
 * (its open redesign, OFL) declared as the alternative in the document's font table.
 *
 * What Word does when TH Sarabun New is not installed: it keeps the name in the file (so the
 * font comes back on a machine that has it) and looks the font up by the font table's
 * `w:altName` (ECMA-376 §17.8.3.1: alternative names "used to locate the font"); when neither is
 * installed it substitutes a font of the same character set (Thai, 0xDE) and family (swiss,
 * variable pitch), typically Tahoma or Leelawadee UI on Windows. LibreOffice reads `altName`
 * the same way. Embedding the font is not possible here: only web-font (WOFF) files of Sarabun
 * ship with the app, and Word embeds only TrueType/OpenType.
 *
 * The docx library writes an empty font table unless fonts are embedded, so the package's
 * `word/fontTable.xml` is replaced with this one when packing (Packer's `overrides`).
 */
export const THAI_FONT = 'TH Sarabun New';
export const THAI_FONT_FALLBACK = 'Sarabun';

/** 16 pt, in half-points: body text of Thai official documents. */
export const BODY_SIZE = 32;

const font = (name: string, altName: string | null) =>
  `<w:font w:name="${name}">${altName ? `<w:altName w:val="${altName}"/>` : ''}<w:charset w:val="DE"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>`;

export const FONT_TABLE_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  font(THAI_FONT, THAI_FONT_FALLBACK) +
  font(THAI_FONT_FALLBACK, null) +
  '</w:fonts>';

/** Every run's fonts: Latin (ascii, hAnsi), complex script (cs: Thai is one) and East Asian. */
export const RUN_FONTS = { ascii: THAI_FONT, hAnsi: THAI_FONT, cs: THAI_FONT, eastAsia: THAI_FONT } as const;
