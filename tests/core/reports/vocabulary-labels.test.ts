/**
 * The same code is the same word on screen, in the minutes (HTML and DOCX) and in the tables
 * (CSV, as in XLSX): one forum with a participant of gender "other" in another disadvantaged
 * group, rendered every way, and the screens' Thai resources, all say the words of
 * shared/domain/labels.ts; so does the CLI's help for the codes it takes.
 */
import JSZip from 'jszip';
import { expect, it } from 'vitest';
import { create as forumCreate } from '../../../electron/cli/commands/forum';
import { commandHelp } from '../../../electron/cli/command';
import { reportCsv } from '../../../electron/core/reports/csv/report-csv';
import { th as screens } from '../../../renderer/i18n/resources';
import { DIMENSIONS } from '../../../shared/contract/representation';
import { VOCABULARY_LABELS, labelsIn } from '../../../shared/domain/labels';
import { FORUM_KINDS } from '../../../shared/domain/vocabulary';
import { openCore, steppingClock } from '../../support/core';
import { seedSampleForum } from '../../support/sample-forum';
import { readContext } from './tables-support';

const TH = labelsIn('th');

it('a person of gender "other" and the forum’s projects, notes and dimensions read the same in the UI, the minutes and the tables', async () => {
  const t = await openCore({ now: steppingClock() });
  const s = await seedSampleForum(t);
  const added = await t.call('attendance.addAndCheckIn', {
    forumId: s.forumId,
    person: {
      firstName: 'อรุณี',
      lastName: 'แสงทอง',
      gender: 'other',
      sector: 'local_government',
      role: 'specialist',
      ageGroup: '60_plus',
      sensitive: { disadvantagedGroups: ['other'], consentGivenAt: '2026-11-23T01:40:00.000Z', consentRecordedBy: 'นางสาวศิริพร จดดี' },
    },
  });
  const model = await t.call('reports.minutes', { forumId: s.forumId });
  const { html } = await t.call('reports.preview', { forumId: s.forumId });
  const docx = await (await JSZip.loadAsync(Buffer.from((await t.call('reports.export', { forumId: s.forumId, format: 'docx' })).base64, 'base64')))
    .file('word/document.xml')
    ?.async('string');
  const csv = reportCsv(await readContext(t), model);
  const csvFile = (name: string) => csv.find((f) => f.fileName === name)?.content ?? '';
  const minutes = { html, docx: docx ?? '' };

  // Gender "other" and the other disadvantaged group: the screens' word is the minutes' and the tables'.
  expect(screens.vocab.gender.other).toBe(TH.gender.other);
  expect(screens.vocab.disadvantaged.other).toBe(TH.disadvantagedGroup.other);
  for (const [format, text] of Object.entries(minutes)) {
    expect(text, format).toContain(`>${TH.gender.other}<`);
    expect(text, format).toContain(`>${TH.disadvantagedGroup.other}<`);
  }
  const row = csvFile('participants.csv')
    .split('\r\n')
    .find((line) => line.includes('อรุณี'));
  expect(row).toContain(`,${TH.gender.other},`);
  expect(row).toContain(`,${TH.sector.local_government},`);
  expect(row).toContain(`,${TH.role.specialist}`);
  expect(screens.vocab.sector.local_government).toBe(TH.sector.local_government);
  expect(screens.vocab.role.specialist).toBe(TH.role.specialist);
  expect(added.person.gender).toBe('other');

  // The dimensions the minutes' annexes are headed with are the screens' names for them.
  for (const dimension of DIMENSIONS) {
    expect(screens.representation.dimension[dimension]).toBe(TH.dimension[dimension]);
    for (const [format, text] of Object.entries(minutes)) expect(text, `${format} ${dimension}`).toContain(`>${TH.dimension[dimension]}<`);
  }

  // Projects: type and level on screen, in the minutes' action plan and in the table.
  const plan = csvFile('action-plan.csv');
  expect(model.actionPlan.length).toBeGreaterThan(0);
  for (const p of model.actionPlan) {
    expect(screens.plan.type[p.type]).toBe(TH.projectType[p.type]);
    expect(screens.plan.status[p.status]).toBe(TH.projectStatus[p.status]);
    for (const text of [minutes.html, minutes.docx, plan]) expect(text).toContain(TH.projectType[p.type]);
    expect(plan).toContain(TH.projectStatus[p.status]);
    if (p.requestedFrom) {
      expect(screens.plan.level[p.requestedFrom]).toBe(TH.requestedFrom[p.requestedFrom]);
      for (const text of [minutes.html, minutes.docx, plan]) expect(text).toContain(TH.requestedFrom[p.requestedFrom]);
    }
  }

  // Notes: every kind the forum has is written as the screens name it.
  const notes = csvFile('notes.csv');
  const kinds = new Set((await t.call('notes.list', { forumId: s.forumId })).map((n) => n.kind));
  expect(kinds.size).toBeGreaterThan(1);
  for (const kind of kinds) {
    expect(screens.notes.kind[kind]).toBe(TH.noteKind[kind]);
    expect(notes).toContain(`,${TH.noteKind[kind]},`);
  }
});

it('the CLI explains the forum kinds it takes with the same words', () => {
  const help = commandHelp('forum create', forumCreate);
  for (const kind of FORUM_KINDS) {
    const { th, en } = VOCABULARY_LABELS.forumKind[kind];
    expect(help).toMatch(new RegExp(`\\s${kind}\\s+${en} \\(${th}\\)`));
    expect(screens.vocab.forumKind[kind]).toBe(th);
  }
});
