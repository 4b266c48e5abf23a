/**
 * Version 8: where merged records came from (issue 6, merging village forums into a tambon
 * forum). PLACEHOLDER reserved for the merge helper, who writes the schema and its test.
 */
import type { Database } from 'better-sqlite3';

export default function migration(_db: Database): void {}
