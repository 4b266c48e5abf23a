/**
 * The page as งานสารบรรณ lays it out: A4, margins 2.5 cm top, 3 cm left, 2 cm right and bottom,
 * 16 pt Sarabun, first lines indented 2.5 cm, the page number "- ๒ -" at the top centre from
 * page 2 (CSS paged-media margin boxes, so the same rules serve Chromium and Electron). The page
 * number is always in Thai digits, as the official form has it; the "Thai digits throughout" option
 * is for the body text only.
 * Line height 1.7 holds Thai stacked marks (ปั้น, ฟื้น) inside their line box: below about 1.7
 * Chromium paints the marks of a page's first line at the foot of the page before.
 * Thai breaks only where ICU's dictionary finds a word boundary: nothing here may allow a break
 * inside a word (no break-all, no overflow-wrap: anywhere).
 * Tables keep the automatic layout: a column is never narrower than its longest word, so no cell's
 * text can run into the next one (a fixed layout lets it); column widths are only preferences.
 * The action plan, the widest table, has a landscape page of its own (named page "plan", its top
 * margin the binding edge), as the official plan forms do; the sign-off (last closing line, end
 * time, both signatures) is never split across pages, so no signature stands alone.
 */
export function minutesCss(): string {
  return `
@page {
  size: A4;
  margin: 25mm 20mm 20mm 30mm;
  @top-center { content: "- " counter(page, thai) " -"; font-family: "Sarabun"; font-size: 16pt; vertical-align: middle; }
}
@page :first { @top-center { content: none; } }
@page plan { size: A4 landscape; margin: 30mm 25mm 20mm 20mm; }
html { font-family: "Sarabun", sans-serif; font-size: 16pt; line-height: 1.7; color: #000; }
body { margin: 0; word-break: normal; overflow-wrap: normal; line-break: auto; }
h1, h2, h3, p { margin: 0; }
.head { text-align: center; margin-bottom: 10pt; }
.head h1 { font-size: 18pt; font-weight: 700; }
.head p { font-weight: 700; }
h2 { font-size: 16pt; font-weight: 700; margin-top: 10pt; break-after: avoid; }
h3 { font-size: 16pt; font-weight: 700; margin-top: 6pt; break-after: avoid; }
.item { margin-top: 10pt; }
.item.sub { margin-left: 10mm; }
p.body { text-indent: 25mm; }
.resolution-head { font-weight: 700; margin-top: 4pt; text-indent: 25mm; break-after: avoid; }
.note { text-indent: 25mm; }
.time { margin-top: 8pt; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; font-size: 14pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.5pt solid #000; padding: 1pt 4pt; vertical-align: top; text-align: left; }
th { font-weight: 700; text-align: center; background: #eeeeee; }
td.n { text-align: right; white-space: nowrap; }
td.c { text-align: center; white-space: nowrap; }
tfoot td { font-weight: 700; }
table.people { font-size: 16pt; margin: 0 0 6pt 10mm; width: auto; }
table.people th, table.people td { border: none; padding: 0 6pt 0 0; }
/* The number heads its row (for screen readers and the preview's accessibility check) but looks like the rest. */
table.people th { font-weight: 400; background: none; text-align: right; white-space: nowrap; }
table.signin td { height: 11mm; vertical-align: middle; }
.poll { margin: 6pt 0 0 10mm; }
.poll .meta { break-inside: avoid; break-after: avoid; }
.poll .rounds-head { font-weight: 700; break-after: avoid; }
.poll div.rounds { break-inside: avoid; }
.poll p.matrix-note { font-size: 14pt; }
section.plan { page: plan; }
.nowrap { white-space: nowrap; }
svg.chart { display: block; margin: 4pt 0 8pt; break-inside: avoid; }
svg.chart text { fill: #000; }
svg.chart text.value { font-size: 16px; }
.sign-off { break-inside: avoid; }
/* As wide as its longest line (kept on one line) and against the right margin: never past it. */
.signatures { margin-top: 24pt; margin-left: auto; width: fit-content; }
.signature { margin-top: 18pt; break-inside: avoid; }
.signature p { text-align: center; }
.signature p.sign { white-space: nowrap; }
.annex { break-before: page; }
.annex h2 { text-align: center; margin-top: 0; }
.muted { color: #333; }
`;
}
