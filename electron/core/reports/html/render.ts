/**
 * The minutes (รายงานการประชุม) as one self-contained HTML page in the Thai official layout:
 * the preview and the PDF's source. Fonts are embedded, charts are inline SVG, there is no
 * script; every text goes through the formatter (escaped, Thai digits on request).
 */
import type { MinutesModel, MinutesPerson, MinutesResolution } from '../../../../shared/contract';
import { equityAnnex, representationAnnex, signInAnnex } from './annexes';
import { sarabunFontFaces } from './fonts';
import { actionPlanRows, actionPlanTotal, PLAN_COLUMNS, type PlanColumn } from '../text/action-plan';
import { prioritiesStatement } from '../text/poll-outcome';
import { followUpTableHtml, lessonsHtml } from '../followup/html';
import { type Formatter, formatter, linesHtml } from './format';
import { pollSection } from './poll-section';
import { TH } from './strings-th';
import { minutesCss } from './styles';

export interface RenderMinutesOptions {
  thaiDigits: boolean;
}

/** Text as typed: one paragraph per line, blank lines dropped. */
function paragraphs(text: string, fmt: Formatter, className = 'body'): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => `<p class="${className}">${fmt.text(line)}</p>`)
    .join('');
}

function heading(model: MinutesModel, fmt: Formatter): string {
  const { forum } = model;
  const [y, m, d] = forum.date.split('-').map(Number);
  const weekday = TH.weekdays[new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).getUTCDay()] ?? '';
  const lines = [forum.number ? TH.session(forum.number) : null, TH.when(weekday, ''), forum.venue ? TH.at(forum.venue) : null];
  return (
    `<header class="head"><h1>${TH.heading}<br>${fmt.text(forum.title)}</h1>` +
    (lines[0] ? `<p>${fmt.text(lines[0])}</p>` : '') +
    `<p>${fmt.text(lines[1] ?? '')}${fmt.date(forum.date)}</p>` +
    (lines[2] ? `<p>${fmt.text(lines[2])}</p>` : '') +
    '</header>'
  );
}

function people(title: string, list: MinutesPerson[], fmt: Formatter): string {
  const rows = list
    .map((p) => `<tr><th scope="row" class="n">${fmt.text(`${p.number}.`)}</th><td>${fmt.text(p.name)}</td><td>${fmt.text(p.position ?? p.organisation ?? '')}</td></tr>`)
    .join('');
  return `<h2>${title}</h2>${list.length > 0 ? `<table class="people"><tbody>${rows}</tbody></table>` : `<p class="note">${TH.nobody}</p>`}`;
}

function items(model: MinutesModel, fmt: Formatter): string {
  const polls = new Map(model.polls.map((p) => [p.pollId, p]));
  return model.items
    .map((item) => {
      const held = item.pollIds.map((id) => polls.get(id)).filter((p) => p !== undefined);
      const resolutions = item.resolutions.length === 0 ? `<p class="note">${TH.noResolution}</p>` : resolutionParagraphs(item.resolutions, fmt);
      return (
        `<section class="item${item.level > 0 ? ' sub' : ''}"><h2>${fmt.text(`${TH.agendaItem(item.number)} ${item.title}`)}</h2>` +
        paragraphs(item.summary, fmt) +
        (model.followUp && model.followUp.agendaItemId === item.agendaItemId ? followUpTableHtml(model.followUp, fmt) : '') +
        held.map((p) => pollSection(p, fmt)).join('') +
        `<p class="resolution-head">${TH.resolution}</p>${resolutions}</section>`
      );
    })
    .join('');
}

/** Several resolutions are numbered; one stands alone. */
function resolutionParagraphs(list: readonly MinutesResolution[], fmt: Formatter): string {
  return list.length === 1 ? paragraphs(list[0]?.text ?? '', fmt) : list.map((r, i) => paragraphs(`${i + 1}. ${r.text}`, fmt)).join('');
}

/** What was recorded under no agenda item; nothing at all when there is none, so an ordinary forum's minutes are unchanged. */
function unassigned(model: MinutesModel, fmt: Formatter): string {
  const { summary, resolutions } = model.unassigned;
  const body = paragraphs(summary, fmt);
  if (body === '' && resolutions.length === 0) return '';
  const decided = resolutions.length === 0 ? '' : `<p class="resolution-head">${TH.resolution}</p>${resolutionParagraphs(resolutions, fmt)}`;
  return `<section class="item unassigned"><h2>${TH.unassigned}</h2>${body}${decided}</section>`;
}

/** A follow-up table whose agenda item is gone (or never was): after the items, so it is never lost. */
function followUpElsewhere(model: MinutesModel, fmt: Formatter): string {
  const f = model.followUp;
  if (!f || (f.agendaItemId !== null && model.items.some((i) => i.agendaItemId === f.agendaItemId))) return '';
  if (f.agendaItemId === null && f.view.forums.length <= 1) return '';
  return `<section class="item">${followUpTableHtml(f, fmt)}</section>`;
}

/** Polls held under no agenda item of the minutes: still part of the record. */
function otherPolls(model: MinutesModel, fmt: Formatter): string {
  const placed = new Set(model.items.flatMap((i) => i.pollIds));
  const rest = model.polls.filter((p) => !placed.has(p.pollId));
  return rest.length === 0 ? '' : `<section class="item"><h2>${TH.otherPolls}</h2>${rest.map((p) => pollSection(p, fmt)).join('')}</section>`;
}

function priorities(model: MinutesModel, fmt: Formatter): string {
  const list = model.priorities;
  if (list.items.length === 0) return '';
  const from = prioritiesStatement(list);
  const rows = list.items
    .map((p) => `<tr><td class="c">${fmt.num(p.rank)}</td><td>${fmt.text(p.title)}</td><td class="n">${p.score === null ? '' : fmt.num(p.score)}</td></tr>`)
    .join('');
  return (
    `<section class="item"><h2>${TH.priorities}</h2><p class="body">${fmt.text(from)}</p>` +
    `<table><thead><tr><th>${TH.colRank}</th><th>${TH.colIssue}</th><th>${TH.colScore}</th></tr></thead><tbody>${rows}</tbody></table></section>`
  );
}

/** The plan on its own landscape page (styles.ts); column widths are preferences, the layout is automatic. */
function actionPlan(model: MinutesModel, fmt: Formatter): string {
  if (model.actionPlan.length === 0) return '';
  const columns = PLAN_COLUMNS.map((c) => `<col style="width:${c.mm}mm">`).join('');
  const cls = (c: PlanColumn | undefined) => (c?.align === 'right' ? ' class="n"' : c?.align === 'center' ? ' class="c"' : '');
  const rows = actionPlanRows(model, fmt.plain)
    .map((cells) => `<tr>${cells.map((cell, i) => `<td${cls(PLAN_COLUMNS[i])}>${linesHtml(cell)}</td>`).join('')}</tr>`)
    .join('');
  const total = actionPlanTotal(model, fmt.plain);
  const budgetAt = PLAN_COLUMNS.findIndex((c) => c.header === TH.colBudget);
  const foot =
    `<tfoot><tr><td colspan="${budgetAt}">${linesHtml(total.label)}</td>` +
    `<td class="n">${linesHtml(total.budget)}</td><td colspan="${PLAN_COLUMNS.length - budgetAt - 1}"></td></tr></tfoot>`;
  return (
    `<section class="item plan"><h2>${TH.actionPlan}</h2><table class="plan"><colgroup>${columns}</colgroup>` +
    `<thead><tr>${PLAN_COLUMNS.map((c) => `<th>${c.header}</th>`).join('')}</tr></thead><tbody>${rows}</tbody>${foot}</table></section>`
  );
}

function signature(who: { name: string; position: string }, role: string, fmt: Formatter): string {
  return (
    `<div class="signature"><p class="sign">${TH.signature} ${TH.signatureLine} ${role}</p>` +
    `<p>(${fmt.text(who.name || TH.signatureLine)})</p>${who.position ? `<p>${fmt.text(who.position)}</p>` : ''}</div>`
  );
}

/**
 * The closing text, the end time and the signatures. The last closing paragraph, the end time and
 * both signatures are one unbreakable block: a page break falls before it, never inside it.
 */
function signOff(model: MinutesModel, fmt: Formatter, ended: string): string {
  const closing = model.closing
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const last = closing.pop();
  return (
    paragraphs(closing.join('\n'), fmt) +
    `<div class="sign-off">${last === undefined ? '' : paragraphs(last, fmt)}<p class="time">${ended}</p>` +
    `<div class="signatures">${signature(model.signatures.noteTaker, TH.noteTaker, fmt)}${signature(model.signatures.reviewer, TH.reviewer, fmt)}</div></div>`
  );
}

export function renderMinutesHtml(model: MinutesModel, options: RenderMinutesOptions): string {
  const fmt = formatter(options.thaiDigits);
  const time = (clock: string | null) => (clock ? fmt.time(clock) : TH.timeUnknown);
  const body = [
    heading(model, fmt),
    people(TH.present, model.present, fmt),
    people(TH.absent, model.absent, fmt),
    people(TH.guests, model.guests, fmt),
    `<p class="time">${TH.started(time(model.startTime))}</p>`,
    paragraphs(model.opening, fmt),
    items(model, fmt),
    unassigned(model, fmt),
    followUpElsewhere(model, fmt),
    otherPolls(model, fmt),
    priorities(model, fmt),
    actionPlan(model, fmt),
    model.followUp ? lessonsHtml(model.followUp, fmt) : '',
    signOff(model, fmt, TH.ended(time(model.endTime))),
    signInAnnex(model, fmt, '1'),
    representationAnnex(model, fmt, '2'),
    equityAnnex(model, fmt, '3'),
  ].join('\n');
  return (
    `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>${TH.documentTitle} ${fmt.text(model.forum.title)}</title>` +
    `<style>${sarabunFontFaces()}\n${minutesCss()}</style></head><body>${body}</body></html>`
  );
}
