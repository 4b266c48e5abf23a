/**
 * Evidence files in a session file carry their SHA-256 and size: a file whose content no longer
 * matches (damaged, or edited by hand) is named before anything is written.
 */
import { createHash } from 'node:crypto';
import type { SessionFile } from '../../../shared/session/schema';

export function attachmentProblems(file: SessionFile): string[] {
  return file.data.attachment.flatMap((row, index) => {
    const data = Buffer.from(row.data, 'base64');
    const problems: string[] = [];
    if (data.length !== row.size_bytes) problems.push(`attachment[${index}] (${row.file_name}): ${data.length} bytes, the file says ${row.size_bytes}`);
    if (createHash('sha256').update(data).digest('hex') !== row.sha256) problems.push(`attachment[${index}] (${row.file_name}): the content does not match its SHA-256`);
    return problems;
  });
}
