/**
 * The session file (.wethi, issue 6): one forum with everything in it, as versioned JSON, to
 * move a forum to another laptop or archive it. The file's own schema lives in
 * shared/session/ (see docs/session-file.md); these are the operations that read and write it.
 *
 * OWNED BY the session helper: replace this placeholder with the real operations.
 */
export const sessionContract = {};
