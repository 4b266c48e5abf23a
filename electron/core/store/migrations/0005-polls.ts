/** Version 5: polls, their options and raw inputs, priorities and the action plan (issue 5). */
import type { Database } from 'better-sqlite3';

export default function migration(_db: Database): void {
  // Filled in by the voting work before it lands.
}
