/**
 * Agreements between partners (บันทึกข้อตกลงความร่วมมือ), issue 14 and seeds 000/002: the shared
 * purpose and activities, each party's role and schedule, how the partners decide and settle
 * conflicts, data sharing, what each party commits (money; in kind with quantity and estimated
 * value; people and days), the signatories and witnesses, and a review date.
 *
 * An agreement belongs to a forum and keeps its versions: `agreements.update` edits the current
 * version; `agreements.renew` starts version n+1 from it, and every earlier version stays
 * readable as it was (`agreements.get` with `version`).
 */
import { z } from 'zod';
import { CommitmentKind, DecisionRule, PartnerKind } from '../domain/follow-through-vocabulary';
import { Sector } from '../domain/vocabulary';
import { ById, Id, IsoDate, IsoDateTime, NullableText, Ok, RequiredText, op } from './common';
import { BudgetSatang } from './projects';
import { ReportFile } from './reports';

/** Change events of this feature name this entity. */
export const AGREEMENT_ENTITY = 'agreement';

export const PartyInput = z
  .object({
    partnerId: Id,
    /** บทบาท: what this party does. */
    role: NullableText(2000).default(null),
    /** When: e.g. "ทุกวันเสาร์แรกของเดือน", "มกราคม–มีนาคม 2570". */
    schedule: NullableText(1000).default(null),
  })
  .strict();

export const CommitmentInput = z
  .object({
    partnerId: Id,
    /** The project it goes to (one of the forum's), or null for the agreement as a whole. */
    projectId: Id.nullable().default(null),
    kind: CommitmentKind,
    description: NullableText(500).default(null),
    /** Money: the amount; in kind and people: the estimated value (may be left out for people). */
    amountSatang: BudgetSatang.nullable().default(null),
    quantity: z.number().positive().max(1e9).nullable().default(null),
    unit: NullableText(60).default(null),
    people: z.number().int().min(1).max(100_000).nullable().default(null),
    days: z.number().int().min(1).max(3650).nullable().default(null),
  })
  .strict()
  .superRefine((c, ctx) => {
    const need = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (c.kind === 'money' && c.amountSatang === null) need('amountSatang', 'a money commitment needs its amount');
    if (c.kind === 'in_kind' && c.description === null) need('description', 'an in-kind commitment says what is given');
    if (c.kind === 'in_kind' && c.quantity === null) need('quantity', 'an in-kind commitment says how many');
    if (c.kind === 'people' && c.people === null) need('people', 'a people commitment says how many people');
    if (c.kind === 'people' && c.days === null) need('days', 'a people commitment says for how many days');
  });
export type CommitmentInput = z.input<typeof CommitmentInput>;

export const SignatoryInput = z
  .object({
    /** For a party (partnerId set) or a witness (พยาน, partnerId null). */
    role: z.enum(['party', 'witness']),
    partnerId: Id.nullable().default(null),
    /** A registered person (linked: erasing them erases the name here), or a name typed in. */
    personId: Id.nullable().default(null),
    name: NullableText(200).default(null),
    /** ตำแหน่ง under the signature, e.g. "นายกองค์การบริหารส่วนตำบลหนองบัว". */
    jobTitle: NullableText(200).default(null),
  })
  .strict()
  .superRefine((s, ctx) => {
    if ((s.role === 'party') !== (s.partnerId !== null)) {
      ctx.addIssue({ code: 'custom', path: ['partnerId'], message: 'a party signs for its partner; a witness for none' });
    }
    if (s.personId !== null && s.name !== null) ctx.addIssue({ code: 'custom', path: ['name'], message: 'a linked person is named by the register' });
  });

const contentFields = {
  title: RequiredText(300),
  /** วัตถุประสงค์ร่วม. */
  purpose: NullableText(4000).default(null),
  /** กิจกรรมที่ทำร่วมกัน, one per line. */
  activities: NullableText(8000).default(null),
  decisionRule: DecisionRule.default('consensus'),
  /** The body that decides when decisionRule is named_body (e.g. "คณะกรรมการหมู่บ้าน"). */
  decisionBody: NullableText(300).default(null),
  /** How conflicts are settled. */
  conflictResolution: NullableText(4000).default(null),
  /** What data is shared and how; what stays confidential. */
  dataSharing: NullableText(4000).default(null),
  startsOn: IsoDate.nullable().default(null),
  endsOn: IsoDate.nullable().default(null),
  /** When the partners review the agreement (seed 002, step 10). */
  reviewOn: IsoDate.nullable().default(null),
  signedOn: IsoDate.nullable().default(null),
  /** Where it was signed (ทำ ณ …). */
  signedAt: NullableText(300).default(null),
  parties: z.array(PartyInput).max(50).default([]),
  /** Projects of the forum it covers; projects named by commitments are covered too. */
  projectIds: z.array(Id).max(500).default([]),
  commitments: z.array(CommitmentInput).max(1000).default([]),
  signatories: z.array(SignatoryInput).max(200).default([]),
};

export const AgreementContent = z
  .object(contentFields)
  .strict()
  .superRefine((c, ctx) => {
    if (c.decisionRule === 'named_body' && c.decisionBody === null) {
      ctx.addIssue({ code: 'custom', path: ['decisionBody'], message: 'name the body that decides' });
    }
    if (c.startsOn !== null && c.endsOn !== null && c.endsOn < c.startsOn) {
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: `endsOn ${c.endsOn} is before startsOn ${c.startsOn}` });
    }
    const parties = new Set<string>();
    c.parties.forEach((p, i) => {
      if (parties.has(p.partnerId)) ctx.addIssue({ code: 'custom', path: ['parties', i, 'partnerId'], message: 'this partner is already a party' });
      parties.add(p.partnerId);
    });
    c.commitments.forEach((m, i) => {
      if (!parties.has(m.partnerId)) ctx.addIssue({ code: 'custom', path: ['commitments', i, 'partnerId'], message: 'only a party of the agreement commits' });
    });
    c.signatories.forEach((s, i) => {
      if (s.partnerId !== null && !parties.has(s.partnerId)) {
        ctx.addIssue({ code: 'custom', path: ['signatories', i, 'partnerId'], message: 'a party signatory signs for a party of the agreement' });
      }
    });
  });
export type AgreementContent = z.input<typeof AgreementContent>;

const ContactView = z.object({ name: z.string().nullable(), phone: z.string().nullable(), position: z.string().nullable() });

export const AgreementVersion = z.object({
  agreementId: Id,
  forumId: Id,
  versionId: Id,
  version: z.number().int().min(1),
  /** The latest version is the one in force and the only one that can be edited. */
  isCurrent: z.boolean(),
  versionCount: z.number().int().min(1),
  title: z.string(),
  purpose: z.string().nullable(),
  activities: z.string().nullable(),
  decisionRule: DecisionRule,
  decisionBody: z.string().nullable(),
  conflictResolution: z.string().nullable(),
  dataSharing: z.string().nullable(),
  startsOn: IsoDate.nullable(),
  endsOn: IsoDate.nullable(),
  reviewOn: IsoDate.nullable(),
  signedOn: IsoDate.nullable(),
  signedAt: z.string().nullable(),
  parties: z.array(
    z.object({
      partnerId: Id,
      name: z.string(),
      kind: PartnerKind,
      sector: Sector.nullable(),
      contact: ContactView,
      role: z.string().nullable(),
      schedule: z.string().nullable(),
    }),
  ),
  projects: z.array(z.object({ projectId: Id, title: z.string(), budgetSatang: z.number().int().nullable() })),
  commitments: z.array(
    z.object({
      id: Id,
      partnerId: Id,
      partnerName: z.string(),
      projectId: Id.nullable(),
      projectTitle: z.string().nullable(),
      kind: CommitmentKind,
      description: z.string().nullable(),
      amountSatang: z.number().int().nullable(),
      quantity: z.number().nullable(),
      unit: z.string().nullable(),
      people: z.number().int().nullable(),
      days: z.number().int().nullable(),
    }),
  ),
  signatories: z.array(
    z.object({
      id: Id,
      role: z.enum(['party', 'witness']),
      partnerId: Id.nullable(),
      partnerName: z.string().nullable(),
      personId: Id.nullable(),
      /** As printed: the register's name when linked, else as typed; null when erased or left blank. */
      name: z.string().nullable(),
      jobTitle: z.string().nullable(),
    }),
  ),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type AgreementVersion = z.infer<typeof AgreementVersion>;

export const AgreementSummary = z.object({
  agreementId: Id,
  forumId: Id,
  title: z.string(),
  version: z.number().int(),
  partyNames: z.array(z.string()),
  committedSatang: z.number().int(),
  signedOn: IsoDate.nullable(),
  reviewOn: IsoDate.nullable(),
  updatedAt: IsoDateTime,
});
export type AgreementSummary = z.infer<typeof AgreementSummary>;

/** One project's budget against what the partners committed to it (current versions only). */
export const ProjectFunding = z.object({
  projectId: Id,
  title: z.string(),
  budgetSatang: z.number().int().nullable(),
  partners: z.array(
    z.object({
      partnerId: Id,
      name: z.string(),
      moneySatang: z.number().int(),
      inKindSatang: z.number().int(),
      peopleSatang: z.number().int(),
      personDays: z.number().int(),
      committedSatang: z.number().int(),
    }),
  ),
  moneySatang: z.number().int(),
  inKindSatang: z.number().int(),
  peopleSatang: z.number().int(),
  personDays: z.number().int(),
  committedSatang: z.number().int(),
  /** budget − committed: positive still missing, negative over-committed; null without a budget. */
  gapSatang: z.number().int().nullable(),
});
export type ProjectFunding = z.infer<typeof ProjectFunding>;

const ByForum = z.object({ forumId: Id }).strict();

export const agreementsContract = {
  /** The forum's agreements (not in the trash), each as its current version. */
  'agreements.list': op(ByForum, z.array(AgreementSummary)),
  /** One version (the current one when `version` is left out). */
  'agreements.get': op(z.object({ id: Id, version: z.number().int().min(1).optional() }).strict(), AgreementVersion),
  'agreements.create': op(z.object({ forumId: Id, content: AgreementContent }).strict(), AgreementVersion),
  /** Replaces the content of the current version. Earlier versions cannot be changed. */
  'agreements.update': op(z.object({ id: Id, content: AgreementContent }).strict(), AgreementVersion),
  /** Renewal: version n+1, starting as a copy of version n (not yet signed); version n stays as it was. */
  'agreements.renew': op(ById, AgreementVersion),
  'agreements.delete': op(ById, Ok),
  'agreements.restore': op(ById, AgreementVersion),
  /** Each project of the forum: its budget, what each partner committed to it, and the gap. */
  'agreements.funding': op(ByForum, z.array(ProjectFunding)),
  /** The agreement document (Thai), PDF or DOCX, from the minutes' rendering path. */
  'agreements.export': op(
    z.object({ id: Id, version: z.number().int().min(1).optional(), format: z.enum(['pdf', 'docx']), thaiDigits: z.boolean().default(true) }).strict(),
    ReportFile,
  ),
  /** The commitments table of the forum's projects, as XLSX. */
  'agreements.exportFunding': op(ByForum, ReportFile),
};
