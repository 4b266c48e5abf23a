/** What the projector window shows, chosen by the facilitator. */

export const projectorContract = {};
