/**
 * The DOCX annexes, each from a new page: the sign-in sheet (ใบลงทะเบียน) with an empty
 * signature column, who was in the room and who got to speak, as tables (the HTML template's
 * charts are left to the PDF; a clerk editing in Word works with the figures).
 */
import type { FileChild } from 'docx';
import type { MinutesModel } from '../../../../shared/contract';
import { DIMENSIONS } from '../../../../shared/contract/representation';
import { keyLabel } from '../html/annexes';
import { TH } from '../html/strings-th';
import type { DocBlocks } from './blocks';
import type { PlainFormatter } from '../text/format';

/** Room for a signature: about 1 cm per row. */
const SIGNATURE_ROW_HEIGHT = 560;

export function signInAnnex(model: MinutesModel, b: DocBlocks, fmt: PlainFormatter, number: string): FileChild[] {
  return [
    b.line(TH.annex(number, TH.signIn), { bold: true, align: 'center', pageBreakBefore: true }),
    b.line(model.forum.title, { align: 'center' }),
    b.line(fmt.when(model.forum.date), { align: 'center' }),
    b.table(
      [
        // "ลำดับ" and a position such as "อาสาสมัครสาธารณสุข…" need their room at 16 pt; 2.5 cm to sign.
        { header: TH.colNumber, share: 0.11, align: 'center' },
        { header: TH.colName, share: 0.28 },
        { header: TH.colOrganisation, share: 0.25 },
        { header: TH.colPosition, share: 0.2 },
        { header: TH.colSignature, share: 0.16 },
      ],
      model.annexes.signIn.map((p) => [
        fmt.num(p.number),
        p.name,
        [p.organisation, p.village ? keyLabel('village', p.village) : null].filter(Boolean).join(' / '),
        p.position ?? '',
        '',
      ]),
      { rowHeight: SIGNATURE_ROW_HEIGHT },
    ),
  ];
}

export function representationAnnex(model: MinutesModel, b: DocBlocks, fmt: PlainFormatter, number: string): FileChild[] {
  const rep = model.annexes.representation;
  const out: FileChild[] = [
    b.line(TH.annex(number, TH.representation), { bold: true, align: 'center', pageBreakBefore: true }),
    b.line(TH.representationBasis[rep.basis](fmt.num(rep.total))),
  ];
  for (const dimension of DIMENSIONS) {
    const shares = rep.byDimension[dimension] ?? [];
    if (shares.length === 0) continue;
    out.push(
      b.heading(TH.dimensions[dimension]),
      b.table(
        [
          { header: TH.dimensions[dimension], share: 0.5 },
          { header: TH.colCount, share: 0.25, align: 'right' },
          { header: TH.colShare, share: 0.25, align: 'right' },
        ],
        shares.map((s) => [keyLabel(dimension, s.key), fmt.num(s.count), fmt.percent(s.share)]),
      ),
    );
  }
  return out;
}

export function equityAnnex(model: MinutesModel, b: DocBlocks, fmt: PlainFormatter, number: string): FileChild[] {
  const eq = model.annexes.equity;
  const out: FileChild[] = [b.line(TH.annex(number, TH.equity), { bold: true, align: 'center', pageBreakBefore: true })];
  // Written contributions from phones, beside speaking time, when any were sent.
  const written = eq.written.total > 0 ? eq.written : null;
  const writtenLine = written ? b.body(TH.equityWritten(fmt.num(written.total), fmt.num(written.unattributed))) : [];
  if (eq.speeches === 0) return [...out, b.line(TH.nobodySpoke), ...writtenLine];
  out.push(
    ...b.body(TH.equitySummary(fmt.num(eq.speeches), (eq.totalMs / 60_000).toFixed(1), eq.gini.toFixed(2))),
    ...b.body(TH.equityTopThree(fmt.num(eq.topThree.people), fmt.percent(eq.topThree.share))),
    ...writtenLine,
  );
  for (const dimension of DIMENSIONS) {
    const shares = eq.byDimension[dimension] ?? [];
    if (shares.length === 0) continue;
    out.push(
      b.heading(TH.dimensions[dimension]),
      b.table(
        [
          { header: TH.dimensions[dimension], share: written ? 0.24 : 0.28 },
          { header: TH.colAttendeeShare, share: written ? 0.15 : 0.18, align: 'right' },
          { header: TH.colSpeeches, share: written ? 0.15 : 0.18, align: 'right' },
          { header: TH.colTimeShare, share: written ? 0.15 : 0.18, align: 'right' },
          { header: TH.colGap, share: written ? 0.15 : 0.18, align: 'right' },
          ...(written ? [{ header: TH.colWrittenShare, share: 0.16, align: 'right' as const }] : []),
        ],
        shares.map((s) => [
          keyLabel(dimension, s.key),
          fmt.percent(s.attendeeShare),
          fmt.num(s.speeches),
          fmt.percent(s.timeShare),
          `${s.gap >= 0 ? '+' : '−'}${Math.abs(s.gap * 100).toFixed(1)}`,
          ...(written ? [fmt.percent(written.byDimension[dimension]?.find((w) => w.key === s.key)?.writtenShare ?? 0)] : []),
        ]),
      ),
    );
  }
  return out;
}
