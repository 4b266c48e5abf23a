/**
 * `wethi merge`: village forums into a tambon forum (docs/merge.md). Each .wethi file is
 * imported first (session.import: a file already imported is found, not duplicated), then the
 * merge is planned and applied with every proposed match accepted, unless --no-auto-match.
 * Everything goes through the core's dispatch, as the app's own merge screen does.
 */
import type { Output } from '../../../shared/contract';
import { EXIT, UsageError } from '../args';
import { DB_OPTION, defineCommand } from '../command';
import { MAX_BYTES, readUserText } from '../files';
import { printJson } from '../io';
import { invoke, withCore } from '../open-core';

type Plan = Output<'merge.plan'>;

/** The proposal as accepted: every group and every duplicate of the plan. */
function accepted(plan: Plan) {
  return {
    issueGroups: plan.issueGroups.map((g) => ({ sourceIssueIds: g.issues.map((i) => i.issueId) })),
    personMerges: plan.people.duplicates.map((d) => ({ personIds: d.people.map((p) => p.personId) })),
  };
}

export const merge = defineCommand({
  usage: '--db FILE --into ID [--from FORUM_ID ...] [--no-auto-match] [FILE.wethi ...]',
  description: [
    'Merges village forums into a tambon integration forum: attendees registered once each,',
    'matching issues made one, every merged item traced to its village forum, and the villages',
    "priority lists aggregated by Borda into the tambon forum's list. Prints a JSON summary.",
    'Applying the same merge again adds nothing.',
  ],
  args: {
    options: {
      ...DB_OPTION,
      into: { type: 'string', value: 'ID', help: 'the tambon forum to merge into (already in the database)', required: true },
      from: { type: 'string', value: 'FORUM_ID', multiple: true, help: 'a village forum already in the database (repeatable)' },
      'no-auto-match': { type: 'boolean', help: 'do not accept the proposed matches: every issue and person stays apart' },
    },
    positionals: { name: 'FILE.wethi', min: 0, max: Number.POSITIVE_INFINITY, message: '' },
  },
  notes: ['  FILE.wethi          session files of village forums, imported first'],
  async run({ values, positionals }, io) {
    const into = values.into;
    const from = values.from;
    if (positionals.length === 0 && from.length === 0) throw new UsageError('give at least one FILE.wethi or --from FORUM_ID');
    const autoMatch = !values['no-auto-match'];
    // Read every file before touching the database, so a typo in the last name writes nothing.
    const files = positionals.map((file) => ({ file, content: readUserText(file, 'the session file', MAX_BYTES.session) }));

    const summary = await withCore(values.db, 'existing', async (core) => {
      // The target first: a wrong --into must not leave imported forums behind.
      await invoke(core, 'forums.get', { id: into });
      const imported = [];
      for (const { file, content } of files) {
        const result = await invoke(core, 'session.import', { content });
        imported.push({ file, forumId: result.forumId, title: result.title, status: result.status });
      }
      const sourceForumIds = [...new Set([...from, ...imported.map((i) => i.forumId)])];
      const plan = await invoke(core, 'merge.plan', { intoForumId: into, sourceForumIds });
      const choice = autoMatch ? accepted(plan) : { issueGroups: [], personMerges: [] };
      const result = await invoke(core, 'merge.apply', { intoForumId: into, sourceForumIds, ...choice });
      return {
        intoForumId: into,
        imported,
        sources: plan.sources.map((s) => ({ forumId: s.forumId, title: s.title, village: s.village })),
        autoMatch,
        issueGroups: autoMatch
          ? plan.issueGroups
              .filter((g) => g.issues.length > 1)
              .map((g) => ({ title: g.title, score: g.score, issues: g.issues.map((i) => ({ village: i.forumLabel, title: i.title })) }))
          : [],
        personMerges: autoMatch ? plan.people.duplicates.map((d) => ({ reasons: d.reasons, people: d.people.map((p) => p.name) })) : [],
        added: result.added,
        priorityListWritten: result.priorityListWritten,
        priorities: {
          method: result.priorities.method,
          ranking: result.priorities.ranking.map((e) => ({ rank: e.rank, title: e.title, score: e.score })),
          tie: result.priorities.tie,
          ballots: result.priorities.ballots,
        },
      };
    });
    printJson(io, summary);
    return EXIT.ok;
  },
});
