/**
 * The room (issue 13), as the facilitator runs it: open the forum to phones on the hall's
 * network, choose per poll who may vote from a phone, print voting codes, give groups their
 * codes, and moderate what phones send. The phones themselves never reach these operations:
 * they use the room's own small HTTP interface (shared/room/wire.ts, docs/room.md).
 * Writes emit `{ entity: "room", id: forumId, forumId }`; phone ballots also emit `poll` events.
 */
import { z } from 'zod';
import { RoomVoters, SubmissionKind } from '../room/wire';
import { Id, IsoDateTime, NullableText, Ok, RequiredText, op } from './common';

export { ROOM_VOTERS, RoomVoters, SUBMISSION_KINDS, SubmissionKind } from '../room/wire';

const ByForum = z.object({ forumId: Id }).strict();
const ByPoll = z.object({ pollId: Id }).strict();

export const NetworkAddress = z.object({
  /** The adapter's name as the system gives it ("Wi-Fi", "wlan0", "vEthernet (WSL)"). */
  name: z.string(),
  address: z.string(),
  /** A private LAN or hotspot address on a real adapter: the one to try first. */
  likely: z.boolean(),
});
export type NetworkAddress = z.infer<typeof NetworkAddress>;

export const RoomPollSettings = z.object({
  pollId: Id,
  voters: RoomVoters,
  secret: z.boolean(),
  allowChange: z.boolean(),
  /** Results are on the room's projector screen (hidden until the facilitator reveals them). */
  revealed: z.boolean(),
});
export type RoomPollSettings = z.infer<typeof RoomPollSettings>;

export const RoomPollCount = RoomPollSettings.extend({
  title: z.string(),
  status: z.enum(['draft', 'open', 'closed']),
  /** Ballots sent from phones and counted now (a replaced one is not counted twice). */
  phoneBallots: z.number().int(),
  /** People, devices, codes and groups who have voted from a phone or, named, on paper. */
  voted: z.number().int(),
});
export type RoomPollCount = z.infer<typeof RoomPollCount>;

export const RoomStatus = z.object({
  forumId: Id,
  room: z
    .object({
      id: Id,
      code: z.string(),
      host: z.string(),
      port: z.number().int(),
      /** What the QR code carries: the address and the code, so a scan joins at once. */
      url: z.string(),
      /** The address to type by hand, beside the QR code. */
      plainUrl: z.string(),
      openedAt: IsoDateTime,
    })
    .nullable(),
  /** Phones that have joined this forum (in any room session). */
  phones: z.number().int(),
  /** Of those, phones that proved who they are (participant or printed code). */
  identified: z.number().int(),
  /** Group scribes' phones. */
  groups: z.number().int(),
  /** Open polls and polls whose results are revealed, in the forum's order. */
  polls: z.array(RoomPollCount),
  pendingSubmissions: z.number().int(),
});
export type RoomStatus = z.infer<typeof RoomStatus>;

export const VotingCode = z.object({ id: Id, number: z.number().int(), code: z.string(), claimed: z.boolean() });
export type VotingCode = z.infer<typeof VotingCode>;

export const GroupCode = z.object({ groupId: Id, name: z.string(), code: z.string(), scribes: z.number().int() });
export type GroupCode = z.infer<typeof GroupCode>;

export const PersonalCode = z.object({ personId: Id, badgeNumber: z.number().int(), name: z.string(), code: z.string(), claimed: z.boolean() });
export type PersonalCode = z.infer<typeof PersonalCode>;

export const SUBMISSION_STATUSES = ['pending', 'accepted', 'hidden'] as const;
export const SubmissionStatus = z.enum(SUBMISSION_STATUSES);

export const RoomSubmission = z.object({
  id: Id,
  forumId: Id,
  kind: SubmissionKind,
  text: z.string(),
  cause: z.string().nullable(),
  need: z.string().nullable(),
  /** Who sent it, as shown: an identified participant's name, a typed name, a group; null: anonymous. */
  author: z.string().nullable(),
  personId: Id.nullable(),
  groupId: Id.nullable(),
  status: SubmissionStatus,
  /** The issue it became or was merged into. */
  issueId: Id.nullable(),
  noteId: Id.nullable(),
  createdAt: IsoDateTime,
  decidedAt: IsoDateTime.nullable(),
});
export type RoomSubmission = z.infer<typeof RoomSubmission>;

/** A PDF to print (code slips, the venue guide). */
export const SlipFile = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string(), pages: z.number().int().nullable() });

export const roomContract = {
  /** The laptop's IPv4 addresses, the likely LAN or hotspot one marked. */
  'room.addresses': op(z.object({}).strict(), z.object({ addresses: z.array(NetworkAddress), suggested: z.string().nullable() })),
  'room.status': op(ByForum, RoomStatus),
  /**
   * Starts the room's listener on that address and port (0: any free port) and draws a new join
   * code. One room at a time; refused (conflict) when the port is taken or the address is not
   * this laptop's.
   */
  'room.open': op(
    z
      .object({
        forumId: Id,
        host: z.ipv4(),
        port: z.number().int().min(0).max(65535).default(8765),
      })
      .strict(),
    RoomStatus,
  ),
  /** Stops the listener; the join code expires. Phones keep their place for the next opening. */
  'room.close': op(ByForum, RoomStatus),

  'room.pollSettings': op(ByPoll, RoomPollSettings),
  /**
   * Who votes from phones, secrecy, changes. `voters` and `secret` change only while no ballot
   * has been sent from a phone (else conflict), so no voter is counted under two rules.
   */
  'room.setPollSettings': op(
    z.object({ pollId: Id, voters: RoomVoters.optional(), secret: z.boolean().optional(), allowChange: z.boolean().optional() }).strict(),
    RoomPollSettings,
  ),
  /** Shows (or hides again) a poll's results on the room's projector screen. */
  'room.reveal': op(z.object({ pollId: Id, revealed: z.boolean() }).strict(), RoomPollSettings),

  /** Adds `count` printed voting codes (slips numbered on from the last). */
  'room.addVotingCodes': op(z.object({ forumId: Id, count: z.number().int().min(1).max(1000) }).strict(), z.array(VotingCode)),
  'room.votingCodes': op(ByForum, z.array(VotingCode)),
  /** Each small group's code (made when first asked for). */
  'room.groupCodes': op(ByForum, z.array(GroupCode)),
  /** Each checked-in participant's personal code (made when first asked for), by badge number. */
  'room.personalCodes': op(ByForum, z.array(PersonalCode)),
  /** An A4 PDF of code slips to cut: printed voting codes, participants' personal codes, or group codes. */
  'room.slips': op(z.object({ forumId: Id, kind: z.enum(['voting', 'personal', 'group']) }).strict(), SlipFile),
  /**
   * The one-page venue guide to print (A4 PDF): the network, the firewall prompt, mobile data,
   * what to do when a phone cannot get in; with the room's QR code, address and code while open.
   */
  'room.venueGuide': op(z.object({ forumId: Id, language: z.enum(['th', 'en']).default('th') }).strict(), SlipFile),
  /** Frees a participant or a printed code held by a lost phone, so another phone can prove it. */
  'room.releaseIdentity': op(
    z.union([z.object({ forumId: Id, badgeNumber: z.number().int().positive() }).strict(), z.object({ forumId: Id, codeNumber: z.number().int().positive() }).strict()]),
    Ok,
  ),

  /** What phones sent, newest first; `status` filters. */
  'room.submissions': op(z.object({ forumId: Id, status: SubmissionStatus.optional() }).strict(), z.array(RoomSubmission)),
  'room.editSubmission': op(
    z
      .object({
        id: Id,
        patch: z.object({ kind: SubmissionKind, text: RequiredText(2000), cause: NullableText(1000), need: NullableText(1000) }).partial().strict(),
      })
      .strict(),
    RoomSubmission,
  ),
  /**
   * Into the forum's issues: a new issue (the problem or idea as its title, cause and need as
   * details, raised by the participant or group), or merged into `intoIssueId` (its cause and
   * need added there). A question is accepted as it is, for the projector.
   */
  'room.acceptSubmission': op(z.object({ id: Id, intoIssueId: Id.optional() }).strict(), RoomSubmission),
  /** Hides it (or brings it back to pending); an accepted one keeps its issue. */
  'room.hideSubmission': op(z.object({ id: Id, hidden: z.boolean() }).strict(), RoomSubmission),
};
