/**
 * The room's own HTTP interface (docs/room.md): what a phone sends to the laptop and gets back.
 * The room server checks every body with these schemas; the phone page imports only the types,
 * so none of zod travels to the phone.
 */
import { z } from 'zod';
import { Id } from '../contract/common';
import { PollMethod } from '../contract/poll-results';

/** A random id made on the phone: 128 bits as 32 lowercase hex digits. */
export const ClientId = z.string().regex(/^[0-9a-f]{32}$/, '32 lowercase hex digits (128 random bits)');

const Code = z
  .string()
  .transform((s) => s.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^[0-9]{4,12}$/, 'digits only'));

export const JoinRequest = z.object({ code: Code }).strict();
export type JoinRequest = z.input<typeof JoinRequest>;

export const JoinResponse = z.object({
  voterToken: z.string(),
  forum: z.object({ id: Id, title: z.string() }),
  /** `group`: joined with a small group's code, as its scribe. */
  role: z.enum(['device', 'group']),
  group: z.object({ id: Id, name: z.string() }).nullable(),
});
export type JoinResponse = z.infer<typeof JoinResponse>;

/** A checked-in participant (badge number and personal code), or a printed voting code. */
export const IdentifyRequest = z.union([
  z.object({ badgeNumber: z.number().int().min(1).max(1_000_000), personalCode: Code }).strict(),
  z.object({ votingCode: Code }).strict(),
]);
export type IdentifyRequest = z.input<typeof IdentifyRequest>;

export const RoomIdentity = z.discriminatedUnion('kind', [
  /** Only what the phone needs to say "สวัสดี สมชาย (หมายเลข 12)". */
  z.object({ kind: z.literal('participant'), badgeNumber: z.number().int(), firstName: z.string() }),
  z.object({ kind: z.literal('code'), number: z.number().int() }),
  z.object({ kind: z.literal('group'), groupId: Id, name: z.string() }),
]);
export type RoomIdentity = z.infer<typeof RoomIdentity>;

export const IdentifyResponse = z.object({ identities: z.array(RoomIdentity) });
export type IdentifyResponse = z.infer<typeof IdentifyResponse>;

export const ROOM_VOTERS = ['devices', 'checked_in', 'codes', 'off'] as const;
export const RoomVoters = z.enum(ROOM_VOTERS);
export type RoomVoters = z.infer<typeof RoomVoters>;

/** What the phone needs of a poll's rules to draw its ballot. */
export const RoomPollRules = z.object({
  mode: z.enum(['approval', 'dots']).optional(),
  maxApprovals: z.number().int().optional(),
  dotsPerParticipant: z.number().int().optional(),
  scale: z.object({ min: z.number().int(), max: z.number().int() }).optional(),
  criteria: z.array(z.string()).optional(),
  minimum: z.number().int().optional(),
});

export const RoomPoll = z.object({
  id: Id,
  title: z.string(),
  method: PollMethod,
  options: z.array(z.object({ id: Id, label: z.string() })),
  rules: RoomPollRules,
  /** Who may vote from a phone; `secret`: no one can see who voted what; `allowChange`: a new ballot replaces the old while open. */
  voters: RoomVoters,
  secret: z.boolean(),
  allowChange: z.boolean(),
  /** A ballot of this voter is counted in this poll (a phone ballot or, named, a paper one). */
  voted: z.boolean(),
  /** What this phone must do before it can vote here: null when it can vote now. */
  needs: z.enum(['participant', 'code', 'eligible']).nullable(),
});
export type RoomPoll = z.infer<typeof RoomPoll>;

export const RoomState = z.object({
  /** Grows with every change of what phones see; a phone keeps the highest it has seen. */
  version: z.number().int(),
  open: z.boolean(),
  forum: z.object({ id: Id, title: z.string() }),
  identities: z.array(RoomIdentity),
  polls: z.array(RoomPoll),
});
export type RoomState = z.infer<typeof RoomState>;

const OptionIds = z.array(Id).max(200);

/** One ballot, in the shapes of docs/tally-input.md, options named by the ids `/room/state` gave. */
export const PhoneBallot = z.union([
  z.object({ ranking: OptionIds }).strict(),
  z.object({ approved: OptionIds }).strict(),
  z.object({ dots: z.record(Id, z.number().int().min(0).max(1000)) }).strict(),
  z.object({ scores: z.record(Id, z.record(z.string().max(200), z.number().int())) }).strict(),
  z.object({ choice: z.enum(['yes', 'no', 'abstain']) }).strict(),
  z
    .object({ value: z.union([z.number().int().min(0).max(5), z.literal('block')]), concern: z.string().trim().max(2000).optional() })
    .strict()
    // As a block typed in (polls.addBallots): the minutes print its reason beside it.
    .refine((b) => b.value !== 'block' || (b.concern ?? '') !== '', { path: ['concern'], message: 'a block must give its reason (concern)' }),
]);
export type PhoneBallot = z.infer<typeof PhoneBallot>;

export const BallotRequest = z.object({ ballotId: ClientId, pollId: Id, ballot: PhoneBallot }).strict();
export type BallotRequest = z.input<typeof BallotRequest>;

export const BallotResponse = z.object({ receipt: z.string(), status: z.enum(['stored', 'already_stored']) });
export type BallotResponse = z.infer<typeof BallotResponse>;

export const SUBMISSION_KINDS = ['issue', 'idea', 'question', 'report'] as const;
export const SubmissionKind = z.enum(SUBMISSION_KINDS);
export type SubmissionKind = z.infer<typeof SubmissionKind>;

const Text = (max: number) => z.string().trim().max(max);

/**
 * An issue (problem, with cause and need), an idea or a question; `report` is a group's
 * report-back note (group scribes only). `name` is a name typed on the phone; `anonymous`
 * leaves out who sent it even when the phone was identified.
 */
export const IdeaRequest = z
  .object({
    submissionId: ClientId,
    kind: SubmissionKind,
    text: Text(2000).pipe(z.string().min(1, 'write something')),
    cause: Text(1000).optional(),
    need: Text(1000).optional(),
    name: Text(200).optional(),
    anonymous: z.boolean().default(false),
  })
  .strict();
export type IdeaRequest = z.input<typeof IdeaRequest>;

export const IdeaResponse = z.object({ status: z.enum(['stored', 'already_stored']) });
export type IdeaResponse = z.infer<typeof IdeaResponse>;

/** A phone's writes, as the audit trail names them (the room server's requests are not contract operations). */
export type RoomWrite = 'room.join' | 'room.identify' | 'room.ballot' | 'room.idea';

/** Every refusal: `{ "error": { "code", "message" } }` with an HTTP status (docs/room.md). */
export const ROOM_ERROR_CODES = [
  'validation',
  'unauthorized',
  'code_expired',
  'room_closed',
  'not_found',
  'not_open',
  'not_allowed',
  'needs_identity',
  'already_voted',
  'identity_taken',
  'wrong_code',
  'too_many_attempts',
  'rate_limited',
  'too_large',
  'wrong_host',
  'forbidden_origin',
  'too_many_connections',
  'internal',
] as const;
export type RoomErrorCode = (typeof ROOM_ERROR_CODES)[number];
export interface RoomErrorBody {
  error: { code: RoomErrorCode; message: string };
}
