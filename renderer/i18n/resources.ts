/**
 * The translation resources: the base files plus one file per feature of the forum room, so
 * features can grow their strings without touching each other's files, and the vocabulary
 * labels every output shares (shared/domain/labels.ts, placed by ./vocabulary.ts).
 */
import enBase from './en.json';
import thAgenda from './th/agenda.json';
import thIssues from './th/issues.json';
import thNotes from './th/notes.json';
import thPlan from './th/plan.json';
import thPolls from './th/polls.json';
import thSearch from './th/search.json';
import thSpeakers from './th/speakers.json';
import thGroups from './th/groups.json';
import thEquity from './th/equity.json';
import thProjector from './th/projector.json';
import enAgenda from './en/agenda.json';
import enIssues from './en/issues.json';
import enNotes from './en/notes.json';
import enPlan from './en/plan.json';
import enPolls from './en/polls.json';
import enSearch from './en/search.json';
import enSpeakers from './en/speakers.json';
import enGroups from './en/groups.json';
import enEquity from './en/equity.json';
import enProjector from './en/projector.json';
import thBase from './th.json';
import thMinutes from './th/minutes.json';
import thMerge from './th/merge.json';
import thSession from './th/session.json';
import thRoom from './th/room.json';
import { vocabularyResources, withLabels } from './vocabulary';
import enMinutes from './en/minutes.json';
import enMerge from './en/merge.json';
import enSession from './en/session.json';
import enRoom from './en/room.json';

export const th = withLabels({ ...thBase, ...thAgenda, ...thIssues, ...thNotes, ...thSearch, ...thPolls, ...thPlan, ...thSpeakers, ...thGroups, ...thEquity, ...thProjector, ...thMinutes, ...thMerge, ...thSession, ...thRoom }, vocabularyResources('th'));
export const en = withLabels({ ...enBase, ...enAgenda, ...enIssues, ...enNotes, ...enSearch, ...enPolls, ...enPlan, ...enSpeakers, ...enGroups, ...enEquity, ...enProjector, ...enMinutes, ...enMerge, ...enSession, ...enRoom }, vocabularyResources('en'));
