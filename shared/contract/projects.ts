/** projects (issue 5). */

export const projectsContract = {};
