/** polls (issue 5). */

export const pollsContract = {};
