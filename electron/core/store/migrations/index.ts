/**
 * The schema's history, in order: migration N brings the database to `user_version` N.
 * Never edit a migration that has shipped; add the next number.
 */
import type { Database } from 'better-sqlite3';
import m0001 from './0001-forums-people';
import m0002 from './0002-trash-and-audit';
import m0003 from './0003-deliberation';
import m0004 from './0004-speaking-clock-and-badges';
import m0005 from './0005-polls';
import m0006 from './0006-projects';
import m0007 from './0007-minutes';
import m0008 from './0008-merge-sources';
import m0009 from './0009-group-report-back';
import m0010 from './0010-forum-tie-rule';
import m0011 from './0011-poll-closed-snapshot';
import m0012 from './0012-erasure-log';
import m0013 from './0013-thai-search';
import m0014 from './0014-room';

export const migrations: ReadonlyArray<(db: Database) => void> = [m0001, m0002, m0003, m0004, m0005, m0006, m0007, m0008, m0009, m0010, m0011, m0012, m0013, m0014];
export const SCHEMA_VERSION = migrations.length;
