/** Small groups (กลุ่มย่อย): members, facilitator, reporter, automatic splits. */

export const groupsContract = {};
