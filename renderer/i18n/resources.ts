/**
 * The translation resources: the base files plus one file per feature of the forum room, so
 * features can grow their strings without touching each other's files.
 */
import enBase from './en.json';
import thAgenda from './th/agenda.json';
import thIssues from './th/issues.json';
import thNotes from './th/notes.json';
import thSpeakers from './th/speakers.json';
import thGroups from './th/groups.json';
import thEquity from './th/equity.json';
import enAgenda from './en/agenda.json';
import enIssues from './en/issues.json';
import enNotes from './en/notes.json';
import enSpeakers from './en/speakers.json';
import enGroups from './en/groups.json';
import enEquity from './en/equity.json';
import thBase from './th.json';

export const th = { ...thBase, ...thAgenda, ...thIssues, ...thNotes, ...thSpeakers, ...thGroups, ...thEquity };
export const en = { ...enBase, ...enAgenda, ...enIssues, ...enNotes, ...enSpeakers, ...enGroups, ...enEquity };
