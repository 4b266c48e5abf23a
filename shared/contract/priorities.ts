/** priorities (issue 5). */

export const prioritiesContract = {};
