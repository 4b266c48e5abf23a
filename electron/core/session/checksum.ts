/** The file's checksum: sha256 over the canonical JSON of its data (not a signature: it catches damage and edits). */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../shared/session/canonical';

export const checksumOf = (data: unknown) => `sha256:${createHash('sha256').update(canonicalJson(data), 'utf8').digest('hex')}`;
