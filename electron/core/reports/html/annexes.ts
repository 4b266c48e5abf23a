/** The annexes, each on a new page: the sign-in sheet, who was in the room, and who got to speak. */
import type { MinutesModel } from '../../../../shared/contract';
import { DIMENSIONS, type Dimension } from '../../../../shared/contract/representation';
import { dimensionKeyLabel } from '../../../../shared/domain/labels';
import { barChart } from './charts';
import type { Formatter } from './format';
import { TH } from './strings-th';

/** A vocabulary code, a village or 'unknown' as the minutes print it. */
export function keyLabel(dimension: Dimension, key: string): string {
  if (key === 'unknown') return TH.unknown;
  if (dimension === 'village') return /^\d+$/.test(key) ? TH.village(key) : key;
  return dimensionKeyLabel(TH.vocabulary, dimension, key) ?? key;
}

/** mm of the 160 mm column: names on one line where they can be, room to sign. */
const SIGN_IN_COLUMNS = `<colgroup>${[12, 50, 43, 30, 25].map((mm) => `<col style="width:${mm}mm">`).join('')}</colgroup>`;

export function signInAnnex(model: MinutesModel, fmt: Formatter, number: string): string {
  const rows = model.annexes.signIn
    .map((p) => {
      const where = [p.organisation, p.village ? keyLabel('village', p.village) : null].filter(Boolean).join(' / ');
      return `<tr><td class="c">${fmt.num(p.number)}</td><td>${fmt.text(p.name)}</td><td>${fmt.text(where)}</td><td>${fmt.text(p.position ?? '')}</td><td class="sign"></td></tr>`;
    })
    .join('');
  return (
    `<section class="annex"><h2>${fmt.text(TH.annex(number, TH.signIn))}</h2><p class="head">${fmt.text(model.forum.title)}</p>` +
    `<table class="signin">${SIGN_IN_COLUMNS}<thead><tr><th>${TH.colNumber}</th><th>${TH.colName}</th><th>${TH.colOrganisation}</th><th>${TH.colPosition}</th><th>${TH.colSignature}</th></tr></thead>` +
    `<tbody>${rows}</tbody></table></section>`
  );
}

export function representationAnnex(model: MinutesModel, fmt: Formatter, number: string): string {
  const rep = model.annexes.representation;
  const parts = [`<section class="annex"><h2>${fmt.text(TH.annex(number, TH.representation))}</h2>`, `<p>${fmt.text(TH.representationBasis[rep.basis](String(rep.total)))}</p>`];
  for (const dimension of DIMENSIONS) {
    const shares = rep.byDimension[dimension] ?? [];
    if (shares.length === 0) continue;
    const rows = shares
      .map((s) => `<tr><td>${fmt.text(keyLabel(dimension, s.key))}</td><td class="n">${fmt.num(s.count)}</td><td class="n">${fmt.percent(s.share)}</td></tr>`)
      .join('');
    parts.push(
      `<h3>${fmt.text(TH.dimensions[dimension])}</h3>` +
        `<table><thead><tr><th>${fmt.text(TH.dimensions[dimension])}</th><th>${TH.colCount}</th><th>${TH.colShare}</th></tr></thead><tbody>${rows}</tbody></table>` +
        barChart(
          shares.map((s) => ({ label: keyLabel(dimension, s.key), values: [s.count], shown: [`${s.count} (${(s.share * 100).toFixed(1)}%)`] })),
          fmt,
          { title: TH.chartOf(`${TH.representation} ${TH.dimensions[dimension]}`) },
        ),
    );
  }
  parts.push('</section>');
  return parts.join('');
}

export function equityAnnex(model: MinutesModel, fmt: Formatter, number: string): string {
  const eq = model.annexes.equity;
  const parts = [`<section class="annex"><h2>${fmt.text(TH.annex(number, TH.equity))}</h2>`];
  // Written contributions from phones, beside speaking time, when any were sent.
  const written = eq.written.total > 0 ? eq.written : null;
  const writtenLine = written ? `<p>${fmt.text(TH.equityWritten(String(written.total), String(written.unattributed)))}</p>` : '';
  if (eq.speeches === 0) {
    parts.push(`<p>${fmt.text(TH.nobodySpoke)}</p>${writtenLine}</section>`);
    return parts.join('');
  }
  parts.push(`<p>${fmt.text(TH.equitySummary(String(eq.speeches), (eq.totalMs / 60_000).toFixed(1), eq.gini.toFixed(2)))}</p>`);
  parts.push(`<p>${fmt.text(TH.equityTopThree(String(eq.topThree.people), (eq.topThree.share * 100).toFixed(1)))}</p>`);
  parts.push(writtenLine);
  for (const dimension of DIMENSIONS) {
    const shares = eq.byDimension[dimension] ?? [];
    if (shares.length === 0) continue;
    const rows = shares
      .map(
        (s) =>
          `<tr><td>${fmt.text(keyLabel(dimension, s.key))}</td><td class="n">${fmt.percent(s.attendeeShare)}</td><td class="n">${fmt.num(s.speeches)}</td>` +
          `<td class="n">${fmt.percent(s.timeShare)}</td><td class="n">${fmt.text(`${s.gap >= 0 ? '+' : '−'}${Math.abs(s.gap * 100).toFixed(1)}`)}</td>` +
          (written ? `<td class="n">${fmt.percent(written.byDimension[dimension]?.find((w) => w.key === s.key)?.writtenShare ?? 0)}</td>` : '') +
          '</tr>',
      )
      .join('');
    parts.push(
      `<h3>${fmt.text(TH.dimensions[dimension])}</h3>` +
        `<table><thead><tr><th>${fmt.text(TH.dimensions[dimension])}</th><th>${TH.colAttendeeShare}</th><th>${TH.colSpeeches}</th><th>${TH.colTimeShare}</th><th>${TH.colGap}</th>${written ? `<th>${TH.colWrittenShare}</th>` : ''}</tr></thead><tbody>${rows}</tbody></table>` +
        barChart(
          shares.map((s) => ({
            label: keyLabel(dimension, s.key),
            values: [s.attendeeShare * 100, s.timeShare * 100],
            shown: [`${(s.attendeeShare * 100).toFixed(1)}%`, `${(s.timeShare * 100).toFixed(1)}%`],
          })),
          fmt,
          { title: TH.chartOf(`${TH.equity} ${TH.dimensions[dimension]}`), series: [TH.seriesAttendees, TH.seriesTime] },
        ),
    );
  }
  parts.push('</section>');
  return parts.join('');
}
