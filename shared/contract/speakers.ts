/** Speeches and the speakers' queue. */

export const speakersContract = {};
