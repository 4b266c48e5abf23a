/**
 * Merging forums (issue 6): village forums (often imported from .wethi files made on other
 * laptops) combined into a tambon integration forum.
 *
 * OWNED BY the merge helper: replace this placeholder with the real operations.
 */
export const mergeContract = {};
