/**
 * Version 10: the forum's default tie rule (issue 5). A forum agrees once how ties are settled
 * (the chair's casting vote, a re-vote, or a lottery); each new poll starts with it, and the
 * poll still records its own rule before it opens, so changing the default never rewrites a
 * poll already made. Existing forums get the casting vote, the rule new polls had until now.
 * The codes are checked here too: a bad code would otherwise reach every new poll's form.
 */
import type { Database } from 'better-sqlite3';

export default function migration(db: Database): void {
  db.exec(`
    ALTER TABLE forum ADD COLUMN default_tie_rule TEXT NOT NULL DEFAULT 'casting_vote'
      CHECK (default_tie_rule IN ('casting_vote', 'revote', 'lottery'));
  `);
}
