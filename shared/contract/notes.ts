/** Discussion notes (ข้อคิดเห็น), the draft being typed, and resolutions (มติที่ประชุม). */

export const notesContract = {};
