/** Handlers for the search.* operations. */
import type { SearchHit } from '../../../shared/contract';
import type { Context } from '../context';
import type { HandlersFor } from '../handlers';
import { toSpeaker } from '../notes/store';
import { fromMarked, markTerms, matchedTexts, snippetOf } from './segments';
import { type HitRow, type IssueHitRow, type NoteHitRow, type SearchPlan, searchIssues, searchNotes } from './store';
import { ftsMatch, likeContains, splitQuery } from './terms';

export function searchService(ctx: Context): HandlersFor<'search'> {
  return {
    'search.query': ({ query, forumId, limit }) => {
      const terms = splitQuery(query);
      if (terms.all.length === 0) return { results: [], more: false };
      const plan: SearchPlan = {
        // Terms of three characters or more go through the trigram index; shorter ones can only
        // be found by LIKE, which scans (the forum's notes, or all of them).
        match: terms.indexed.length > 0 ? ftsMatch(terms.indexed) : null,
        likes: terms.short.map(likeContains),
        // FTS5 can mark only what it matched; with a short term in the query we mark all terms ourselves.
        sqlMarks: terms.short.length === 0,
        forumId: forumId ?? null,
        limit: limit + 1,
      };
      const issues = searchIssues(ctx, plan).map((row) => issueHit(row, plan.sqlMarks ? null : terms.all));
      // Issues come first; notes fill what is left of the page (plus one, to know whether there is more).
      const notes =
        issues.length > limit
          ? []
          : searchNotes(ctx, { ...plan, limit: limit + 1 - issues.length }).map((row) => noteHit(row, plan.sqlMarks ? null : terms.all));
      const all = [...issues, ...notes];
      return { results: all.slice(0, limit), more: all.length > limit };
    },
  };
}

/** `terms` null: the row's text is already marked by FTS5. */
function noteHit(row: NoteHitRow, terms: string[] | null): SearchHit {
  const snippet = fromMarked(terms ? snippetOf(row.body ?? '', terms) : row.body);
  return { ...common(row), kind: 'note', speaker: toSpeaker(row), title: null, snippet, highlights: matchedTexts(snippet) };
}

function issueHit(row: IssueHitRow, terms: string[] | null): SearchHit {
  const title = fromMarked(terms ? markTerms(row.title, terms) : row.title);
  const snippet = fromMarked(terms ? snippetOf(row.body ?? '', terms) : row.body);
  return { ...common(row), kind: 'issue', speaker: null, title, snippet, highlights: matchedTexts(title, snippet) };
}

const common = (row: HitRow) => ({ id: row.id, forumId: row.forum_id, forumTitle: row.forum_title, agendaItemId: row.agenda_item_id, at: row.at });
