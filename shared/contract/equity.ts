/** Speaking equity: who spoke, how long, by group, against who attended. */

export const equityContract = {};
