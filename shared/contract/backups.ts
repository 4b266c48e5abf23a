/** Rolling backups of the database file: list, take one now, restore one. */
import { z } from 'zod';
import { Empty, IsoDateTime, Ok, op } from './common';

export const Backup = z.object({
  name: z.string(),
  createdAt: IsoDateTime,
  sizeBytes: z.number().int(),
  reason: z.enum(['open', 'interval', 'manual', 'migration', 'before_restore']),
});
export type Backup = z.infer<typeof Backup>;

export const backupsContract = {
  'backups.list': op(Empty, z.array(Backup)),
  'backups.create': op(Empty, Backup),
  /** Restores the named backup, after backing up the current file first. */
  'backups.restore': op(z.object({ name: z.string().regex(/^[\w.-]+\.db$/) }).strict(), Ok),
};
