/**
 * Every command of `wethi`, in the order --help lists them (grouped by the contract's feature).
 * An entry is only names and a summary; its module is imported when the command runs, so
 * `wethi --help` and `wethi tally` load neither the core nor the document libraries.
 */
import type { CommandEntry } from '../command';

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'forum create', feature: 'forums', summary: 'create a forum and print it as JSON', load: async () => (await import('./forum')).create },
  { name: 'forum list', feature: 'forums', summary: 'print the forums as JSON', load: async () => (await import('./forum')).list },
  {
    name: 'people list',
    feature: 'people',
    summary: "print a forum's attendees as JSON",
    load: async () => (await import('./people')).list,
  },
  {
    name: 'people import',
    feature: 'imports',
    summary: 'import a sign-in sheet (CSV or XLSX) into a forum',
    load: async () => (await import('./people')).importSheet,
  },
  {
    name: 'people template',
    feature: 'imports',
    summary: 'write the sign-in sheet template (Thai headers)',
    load: async () => (await import('./people')).template,
  },
  {
    name: 'poll results',
    feature: 'polls',
    summary: "print a poll's results as JSON (tallied now from its stored ballots)",
    load: async () => (await import('./poll')).results,
  },
  {
    name: 'poll import-ballots',
    feature: 'polls',
    summary: 'add a file of paper ballots (CSV or JSON) to an open poll, all or nothing',
    load: async () => (await import('./poll-import')).importBallots,
  },
  {
    name: 'poll open',
    feature: 'polls',
    summary: 'open a poll for votes (a draft; prints the poll)',
    load: async () => (await import('./poll-lifecycle')).openPoll,
  },
  {
    name: 'poll close',
    feature: 'polls',
    summary: 'close an open poll (prints the poll)',
    load: async () => (await import('./poll-lifecycle')).closePoll,
  },
  { name: 'tally', feature: 'polls', summary: 'tally a JSON file of ballots (no database)', load: async () => (await import('./tally')).tally },
  {
    name: 'report',
    feature: 'reports',
    summary: 'write the minutes as PDF, DOCX, XLSX, CSV or JSON',
    load: async () => (await import('./report')).report,
  },
  {
    name: 'session export',
    feature: 'session',
    summary: 'write one forum, with everything in it, to a .wethi file',
    load: async () => (await import('./session')).exportSession,
  },
  {
    name: 'session import',
    feature: 'session',
    summary: 'read a .wethi file into a database (checked in full before anything is written)',
    load: async () => (await import('./session')).importSession,
  },
  {
    name: 'merge',
    feature: 'merge',
    summary: 'merge village forums (.wethi files or forums in the database) into a tambon forum',
    load: async () => (await import('./merge')).merge,
  },
  {
    name: 'room open',
    feature: 'room',
    summary: "open a forum's room to phones on the hall's network and serve it until interrupted",
    load: async () => (await import('./room')).open,
  },
];
