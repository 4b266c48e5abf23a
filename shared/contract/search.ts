/** Thai full-text search over notes and issues (FTS5 trigram). */

export const searchContract = {};
