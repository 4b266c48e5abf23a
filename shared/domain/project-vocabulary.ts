/**
 * The fixed vocabularies of the action plan (แผนปฏิบัติการ, see DOMAIN.md "Action plans").
 * Codes are English and stable; their Thai and English labels are in labels.ts.
 */
import { z } from 'zod';

/** Who carries a project out: ทำเอง (the community), ทำร่วม (jointly with agencies), ขอรับการสนับสนุน (requested from outside). */
export const PROJECT_TYPES = ['self', 'joint', 'requested'] as const;

/** Whom a joint or requested project is asked of: อบต./เทศบาล, อำเภอ, จังหวัด, or a named agency. */
export const REQUESTED_FROM_LEVELS = ['local_government', 'district', 'province', 'agency'] as const;

/** From the room's proposal to follow-up in later forums; `cancelled` is kept, not deleted, so the record stays. */
export const PROJECT_STATUSES = ['proposed', 'approved', 'in_progress', 'done', 'cancelled'] as const;

export const ProjectType = z.enum(PROJECT_TYPES);
export const RequestedFromLevel = z.enum(REQUESTED_FROM_LEVELS);
export const ProjectStatus = z.enum(PROJECT_STATUSES);

export type ProjectType = z.infer<typeof ProjectType>;
export type RequestedFromLevel = z.infer<typeof RequestedFromLevel>;
export type ProjectStatus = z.infer<typeof ProjectStatus>;

/** Types done with or by someone outside the community: they must say whom. */
export const needsRequestedFrom = (type: ProjectType): boolean => type !== 'self';
