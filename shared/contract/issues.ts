/** Issues (ประเด็นปัญหา) with causes, potentials and needs; merge, split, order, categories. */

export const issuesContract = {};
