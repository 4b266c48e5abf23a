/** Handlers for the search.* operations. */
import type { SearchAgendaItem, SearchHit } from '../../../shared/contract';
import { readList as readAgenda } from '../agenda/store';
import type { Context } from '../context';
import type { HandlersFor } from '../handlers';
import { toSpeaker } from '../notes/store';
import { fromMarked, markTerms, matchedTexts, snippetOf } from './segments';
import { type HitRow, type IssueHitRow, type NoteHitRow, type SearchPlan, searchIssues, searchNotes, searchResolutions } from './store';
import { ftsMatch, likeContains, splitQuery } from './terms';

export function searchService(ctx: Context): HandlersFor<'search'> {
  return {
    'search.query': ({ query, forumId, limit }) => {
      const terms = splitQuery(query);
      if (terms.all.length === 0) return { results: [], more: false };
      const plan: SearchPlan = {
        // Terms of three characters or more go through the trigram index; shorter ones can only
        // be found by LIKE, which scans (the forum's rows, or all of them).
        match: terms.indexed.length > 0 ? ftsMatch(terms.indexed) : null,
        likes: terms.short.map(likeContains),
        forumId: forumId ?? null,
        limit: limit + 1,
      };
      const items = agendaItems(ctx);
      // Issues come first, then resolutions; notes fill what is left of the page (plus one, to know whether there is more).
      const hits: SearchHit[] = searchIssues(ctx, plan).map((row) => issueHit(row, terms.all, items));
      if (hits.length <= limit) hits.push(...searchResolutions(ctx, { ...plan, limit: limit + 1 - hits.length }).map((row) => resolutionHit(row, terms.all, items)));
      if (hits.length <= limit) hits.push(...searchNotes(ctx, { ...plan, limit: limit + 1 - hits.length }).map((row) => noteHit(row, terms.all, items)));
      return { results: hits.slice(0, limit), more: hits.length > limit };
    },
  };
}

type ItemOf = (row: HitRow) => SearchAgendaItem | null;

/** Each forum's agenda numbered once per search, as the agenda shows it. */
function agendaItems(ctx: Context): ItemOf {
  const forums = new Map<string, Map<string, SearchAgendaItem>>();
  return (row) => {
    if (row.agenda_item_id === null) return null;
    let items = forums.get(row.forum_id);
    if (!items) {
      items = new Map(readAgenda(ctx, row.forum_id).items.map((i) => [i.id, { number: i.number, title: i.title }]));
      forums.set(row.forum_id, items);
    }
    return items.get(row.agenda_item_id) ?? null;
  };
}

function noteHit(row: NoteHitRow, terms: string[], itemOf: ItemOf): SearchHit {
  const snippet = fromMarked(snippetOf(row.body ?? '', terms));
  return { ...common(row, itemOf), kind: 'note', speaker: toSpeaker(row), title: null, snippet, highlights: matchedTexts(snippet) };
}

function resolutionHit(row: HitRow, terms: string[], itemOf: ItemOf): SearchHit {
  const snippet = fromMarked(snippetOf(row.body ?? '', terms));
  return { ...common(row, itemOf), kind: 'resolution', speaker: null, title: null, snippet, highlights: matchedTexts(snippet) };
}

function issueHit(row: IssueHitRow, terms: string[], itemOf: ItemOf): SearchHit {
  const title = fromMarked(markTerms(row.title, terms));
  const snippet = fromMarked(snippetOf(row.body ?? '', terms));
  return { ...common(row, itemOf), kind: 'issue', speaker: null, title, snippet, highlights: matchedTexts(title, snippet) };
}

const common = (row: HitRow, itemOf: ItemOf) => ({
  id: row.id,
  forumId: row.forum_id,
  forumTitle: row.forum_title,
  agendaItemId: row.agenda_item_id,
  agendaItem: itemOf(row),
  at: row.at,
});
