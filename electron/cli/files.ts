/**
 * The files a command reads and writes, named by the user. Only regular files are read (a
 * device such as /dev/zero or a pipe would never end) and only up to a size fitting what they
 * hold; outputs go to regular files or folders that we create level by level (Node's recursive
 * mkdir loops forever under /proc). Every failure says in plain words what could not be read or
 * written and why, never a bare errno.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Largest inputs, in bytes: well beyond any real file of the kind, far below what would exhaust memory. */
export const MAX_BYTES = {
  /** The contract carries a sheet as at most 70,000,000 base64 characters. */
  sheet: 50 * 1024 * 1024,
  /** The contract's limit on a session file's text. */
  session: 64 * 1024 * 1024,
  ballots: 64 * 1024 * 1024,
  /** About 1.7 million ranked ballots; V8 strings end at 512 MiB. */
  tally: 500 * 1024 * 1024,
} as const;

/** A file that could not be read or written: the message is for people, the code for scripts. */
export class FileError extends Error {
  override name = 'FileError';
  constructor(
    readonly code: 'not_found' | 'file_unreadable' | 'file_unwritable',
    message: string,
  ) {
    super(message);
  }
}

const REASONS: Record<string, string> = {
  ENOENT: 'the folder or file does not exist',
  EACCES: 'permission denied (this user may not use that place)',
  EPERM: 'the system does not allow it there',
  EROFS: 'that disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'something else already has that name',
  EBUSY: 'another program is using it',
  EMFILE: 'too many files are open',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'the path has a loop of links',
  EIO: 'the disk reported an input/output error',
  EFBIG: 'the file is too big for that disk',
  EINVAL: 'the system refused it there (not an ordinary folder)',
};

/** An errno in plain words ("permission denied …"), the code kept for the curious. */
export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && REASONS[code]) return REASONS[code];
  return code ? `the system answered ${code}` : error instanceof Error ? error.message : String(error);
}

/** The entry at `file`, or null where there is none (ENOENT, or ENOTDIR: a file on the way). */
function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
}

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(bytes >= 10 * 1024 * 1024 ? 0 : 1)} MB`;

/** Opens `file` for reading if it is a regular file of at most `maxBytes`; the checks run on the opened descriptor. */
function openRegularFile(full: string, what: string, maxBytes: number): { fd: number; size: number } {
  let fd: number;
  try {
    // Non-blocking, so opening a pipe returns at once instead of waiting for a writer.
    fd = fs.openSync(full, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FileError('not_found', `cannot read ${what} ${full}: no such file`);
    throw new FileError('file_unreadable', `cannot read ${what} ${full}: ${reasonOf(error)}`);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw new FileError('file_unreadable', `cannot read ${what} ${full}: it is a folder, not a file`);
    if (!stat.isFile()) throw new FileError('file_unreadable', `cannot read ${what} ${full}: it is not an ordinary file (a device or a pipe)`);
    if (stat.size > maxBytes) {
      throw new FileError('file_unreadable', `cannot read ${what} ${full}: it is ${mb(stat.size)}, more than the ${mb(maxBytes)} such a file may be`);
    }
    return { fd, size: stat.size };
  } catch (error) {
    fs.closeSync(fd);
    throw error;
  }
}

/** The bytes of a regular file, refusing anything else and anything over `maxBytes`. */
export function readUserFile(file: string, what: string, maxBytes: number): Buffer {
  const full = path.resolve(file);
  const { fd, size } = openRegularFile(full, what, maxBytes);
  try {
    // Files under /proc report size 0 and still have content: read in chunks up to the limit.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(size - total, 64 * 1024), maxBytes + 1 - total));
      const read = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
      total += read;
      if (total > maxBytes) throw new FileError('file_unreadable', `cannot read ${what} ${full}: it is more than the ${mb(maxBytes)} such a file may be`);
    }
    return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw new FileError('file_unreadable', `cannot read ${what} ${full}: ${reasonOf(error)}`);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * A regular file's text (UTF-8), with the checks of `readUserFile`. Node decodes it straight
 * from the file into one string (no Buffer in between), which counts on a 30 MB ballot file.
 */
export function readUserText(file: string, what: string, maxBytes: number): string {
  const full = path.resolve(file);
  const { fd } = openRegularFile(full, what, maxBytes);
  try {
    const text = fs.readFileSync(fd, 'utf8');
    if (text.length > maxBytes) throw new FileError('file_unreadable', `cannot read ${what} ${full}: it is more than the ${mb(maxBytes)} such a file may be`);
    return text;
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw new FileError('file_unreadable', `cannot read ${what} ${full}: ${reasonOf(error)}`);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Creates `dir` and any missing parents one level at a time, each existing level checked to be
 * a folder. Returns the folder's absolute path.
 */
export function ensureFolder(dir: string, what: string): string {
  const full = path.resolve(dir);
  const missing: string[] = [];
  let at = full;
  for (;;) {
    const stat = statOrNull(at);
    if (stat) {
      if (!stat.isDirectory()) {
        throw new FileError('file_unwritable', `could not write ${what} in ${full}: ${at} is a file, not a folder`);
      }
      break;
    }
    const parent = path.dirname(at);
    if (parent === at) break;
    missing.unshift(at);
    at = parent;
  }
  for (const level of missing) {
    try {
      fs.mkdirSync(level);
    } catch (error) {
      // ENOENT with the parent present: a place such as /proc, which takes no new folders.
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'that place does not take new folders' : reasonOf(error);
      throw new FileError('file_unwritable', `could not create the folder ${level} for ${what}: ${reason}`);
    }
  }
  return full;
}

/**
 * Writes a whole file: its folder is made if missing, an existing target must be a regular
 * file (never a device, a pipe or a folder), and the data goes to a temporary name first, so a
 * full disk leaves no half-written file under the real name.
 */
export function writeUserFile(file: string, data: string | Uint8Array, what: string): string {
  const full = path.resolve(file);
  const existing = statOrNull(full);
  if (existing?.isDirectory()) throw new FileError('file_unwritable', `could not write ${what} to ${full}: it is a folder; give a file name`);
  if (existing && !existing.isFile()) {
    throw new FileError('file_unwritable', `could not write ${what} to ${full}: it is not an ordinary file (a device or a pipe)`);
  }
  ensureFolder(path.dirname(full), what);
  const temporary = path.join(path.dirname(full), `.${path.basename(full)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temporary, data, { flag: 'wx' });
    fs.renameSync(temporary, full);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    // The folder is there (made above): ENOENT means a place such as /proc, which takes no new files.
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'that place does not take new files' : reasonOf(error);
    throw new FileError('file_unwritable', `could not write ${what} to ${full}: ${reason}`);
  }
  return full;
}
