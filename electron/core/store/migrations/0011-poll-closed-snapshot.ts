/**
 * Version 11: what a closed poll recorded stays as it was (issue 11.8). How many people were
 * eligible (and so present, for the majority and quorum of a yes/no vote) was counted live
 * from attendance, group members and the voter list: erasing one participant (PDPA) then
 * rewrote a closed vote to "30 votes, more than the 29 eligible". Closing a poll now stores
 * the count; reopening clears it. Polls already closed get the count as it is now, the best
 * there is.
 */
import type { Database } from 'better-sqlite3';

export default function migration(db: Database): void {
  db.exec(`
    ALTER TABLE poll ADD COLUMN closed_eligible_count INTEGER CHECK (closed_eligible_count >= 0);
    UPDATE poll SET closed_eligible_count = CASE eligibility
        WHEN 'checked_in' THEN (SELECT count(*) FROM attendance a WHERE a.forum_id = poll.forum_id AND a.checked_in_at IS NOT NULL)
        WHEN 'group' THEN (SELECT count(*) FROM group_member m WHERE m.group_id = poll.eligible_group_id)
        ELSE (SELECT count(*) FROM poll_voter v WHERE v.poll_id = poll.id)
      END
    WHERE status = 'closed';
  `);
}
