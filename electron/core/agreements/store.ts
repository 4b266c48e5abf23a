/**
 * Reads and writes of agreements: the agreement row (forum, place, trash), its versions, and each
 * version's parties, covered projects, commitments and signatories. A version's content is written
 * whole (update replaces the children of the current version; renew copies them to a new one).
 */
import type { AgreementVersion, ParsedInput } from '../../../shared/contract';
import { fullName } from '../../../shared/domain/thai-text';
import type { Context } from '../context';

export type Content = ParsedInput<'agreements.create'>['content'];

export interface AgreementRow {
  id: string;
  forum_id: string;
  position: number;
  created_at: string;
  deleted_at: string | null;
}

export interface VersionRow {
  id: string;
  agreement_id: string;
  version: number;
  title: string;
  purpose: string | null;
  activities: string | null;
  decision_rule: AgreementVersion['decisionRule'];
  decision_body: string | null;
  conflict_resolution: string | null;
  data_sharing: string | null;
  starts_on: string | null;
  ends_on: string | null;
  review_on: string | null;
  signed_on: string | null;
  signed_at: string | null;
  created_at: string;
  updated_at: string;
}

export const findAgreementRow = (ctx: Context, id: string): AgreementRow | null =>
  (ctx.sql('SELECT * FROM agreement WHERE id = ?').get(id) as AgreementRow | undefined) ?? null;

export function versionRows(ctx: Context, agreementId: string): VersionRow[] {
  return ctx.sql('SELECT * FROM agreement_version WHERE agreement_id = ? ORDER BY version').all(agreementId) as VersionRow[];
}

export const currentVersionRow = (ctx: Context, agreementId: string): VersionRow | null =>
  (ctx.sql('SELECT * FROM agreement_version WHERE agreement_id = ? ORDER BY version DESC LIMIT 1').get(agreementId) as VersionRow | undefined) ?? null;

/** Ids of the forum's agreements (not in the trash), in their order. */
export function activeAgreementIds(ctx: Context, forumId: string): string[] {
  return ctx.sql('SELECT id FROM agreement WHERE forum_id = ? AND deleted_at IS NULL ORDER BY position, created_at, id').pluck().all(forumId) as string[];
}

const nameOf = (p: { title_prefix: string | null; first_name: string | null; last_name: string | null }) =>
  p.first_name === null ? null : fullName({ titlePrefix: p.title_prefix, firstName: p.first_name, lastName: p.last_name });

/** The version as the contract shows it: names read fresh from the partners and the register. */
export function readVersion(ctx: Context, agreement: AgreementRow, v: VersionRow, versionCount: number): AgreementVersion {
  const parties = ctx
    .sql(
      `SELECT ap.partner_id, ap.role, ap.schedule, pa.name, pa.kind, pa.sector, pa.contact_name, pa.contact_phone, pa.contact_position,
         pe.title_prefix, pe.first_name, pe.last_name, pe.phone, pe.position AS person_position
       FROM agreement_party ap JOIN partner pa ON pa.id = ap.partner_id LEFT JOIN person pe ON pe.id = pa.contact_person_id
       WHERE ap.version_id = ? ORDER BY ap.position`,
    )
    .all(v.id) as {
    partner_id: string;
    role: string | null;
    schedule: string | null;
    name: string;
    kind: AgreementVersion['parties'][number]['kind'];
    sector: AgreementVersion['parties'][number]['sector'];
    contact_name: string | null;
    contact_phone: string | null;
    contact_position: string | null;
    title_prefix: string | null;
    first_name: string | null;
    last_name: string | null;
    phone: string | null;
    person_position: string | null;
  }[];
  const projects = ctx
    .sql(
      `SELECT pr.id AS projectId, pr.title, pr.budget_satang AS budgetSatang FROM agreement_project ap JOIN project pr ON pr.id = ap.project_id
       WHERE ap.version_id = ? AND pr.deleted_at IS NULL ORDER BY pr.position, pr.created_at`,
    )
    .all(v.id) as AgreementVersion['projects'];
  const commitments = ctx
    .sql(
      `SELECT c.id, c.partner_id AS partnerId, pa.name AS partnerName, c.project_id AS projectId, pr.title AS projectTitle, c.kind, c.description,
         c.amount_satang AS amountSatang, c.quantity, c.unit, c.people, c.days
       FROM agreement_commitment c JOIN partner pa ON pa.id = c.partner_id LEFT JOIN project pr ON pr.id = c.project_id
       WHERE c.version_id = ? ORDER BY c.position`,
    )
    .all(v.id) as AgreementVersion['commitments'];
  const signatories = ctx
    .sql(
      `SELECT s.id, s.role, s.partner_id, pa.name AS partner_name, s.person_id, s.name, s.job_title,
         pe.title_prefix, pe.first_name, pe.last_name
       FROM agreement_signatory s LEFT JOIN partner pa ON pa.id = s.partner_id LEFT JOIN person pe ON pe.id = s.person_id
       WHERE s.version_id = ? ORDER BY s.position`,
    )
    .all(v.id) as {
    id: string;
    role: 'party' | 'witness';
    partner_id: string | null;
    partner_name: string | null;
    person_id: string | null;
    name: string | null;
    job_title: string | null;
    title_prefix: string | null;
    first_name: string | null;
    last_name: string | null;
  }[];
  return {
    agreementId: agreement.id,
    forumId: agreement.forum_id,
    versionId: v.id,
    version: v.version,
    isCurrent: v.version === versionCount,
    versionCount,
    title: v.title,
    purpose: v.purpose,
    activities: v.activities,
    decisionRule: v.decision_rule,
    decisionBody: v.decision_body,
    conflictResolution: v.conflict_resolution,
    dataSharing: v.data_sharing,
    startsOn: v.starts_on,
    endsOn: v.ends_on,
    reviewOn: v.review_on,
    signedOn: v.signed_on,
    signedAt: v.signed_at,
    parties: parties.map((p) => ({
      partnerId: p.partner_id,
      name: p.name,
      kind: p.kind,
      sector: p.sector,
      contact: p.first_name !== null ? { name: nameOf(p), phone: p.phone, position: p.person_position } : { name: p.contact_name, phone: p.contact_phone, position: p.contact_position },
      role: p.role,
      schedule: p.schedule,
    })),
    projects,
    commitments,
    signatories: signatories.map((s) => ({
      id: s.id,
      role: s.role,
      partnerId: s.partner_id,
      partnerName: s.partner_name,
      personId: s.person_id,
      name: s.person_id !== null ? nameOf(s) : s.name,
      jobTitle: s.job_title,
    })),
    createdAt: v.created_at,
    updatedAt: v.updated_at,
  };
}

const VERSION_FIELDS = [
  ['title', 'title'],
  ['purpose', 'purpose'],
  ['activities', 'activities'],
  ['decision_rule', 'decisionRule'],
  ['decision_body', 'decisionBody'],
  ['conflict_resolution', 'conflictResolution'],
  ['data_sharing', 'dataSharing'],
  ['starts_on', 'startsOn'],
  ['ends_on', 'endsOn'],
  ['review_on', 'reviewOn'],
  ['signed_on', 'signedOn'],
  ['signed_at', 'signedAt'],
] as const satisfies readonly (readonly [keyof VersionRow, keyof Content])[];

export function insertVersion(ctx: Context, v: { id: string; agreementId: string; version: number; at: string }, content: Content): void {
  ctx
    .sql(
      `INSERT INTO agreement_version (id, agreement_id, version, ${VERSION_FIELDS.map(([c]) => c).join(', ')}, created_at, updated_at)
       VALUES (?, ?, ?, ${VERSION_FIELDS.map(() => '?').join(', ')}, ?, ?)`,
    )
    .run(v.id, v.agreementId, v.version, ...VERSION_FIELDS.map(([, k]) => content[k]), v.at, v.at);
  writeChildren(ctx, v.id, content);
}

export function replaceVersionContent(ctx: Context, versionId: string, content: Content, at: string): void {
  ctx
    .sql(`UPDATE agreement_version SET ${VERSION_FIELDS.map(([c]) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`)
    .run(...VERSION_FIELDS.map(([, k]) => content[k]), at, versionId);
  for (const table of ['agreement_party', 'agreement_project', 'agreement_commitment', 'agreement_signatory']) {
    ctx.sql(`DELETE FROM ${table} WHERE version_id = ?`).run(versionId);
  }
  writeChildren(ctx, versionId, content);
}

function writeChildren(ctx: Context, versionId: string, content: Content): void {
  const party = ctx.sql('INSERT INTO agreement_party (version_id, partner_id, position, role, schedule) VALUES (?, ?, ?, ?, ?)');
  content.parties.forEach((p, i) => {
    party.run(versionId, p.partnerId, i, p.role, p.schedule);
  });
  // Projects named by commitments are covered too.
  const projects = new Set([...content.projectIds, ...content.commitments.flatMap((c) => (c.projectId ? [c.projectId] : []))]);
  const project = ctx.sql('INSERT INTO agreement_project (version_id, project_id) VALUES (?, ?)');
  for (const id of projects) project.run(versionId, id);
  const commitment = ctx.sql(
    `INSERT INTO agreement_commitment (id, version_id, partner_id, project_id, kind, description, amount_satang, quantity, unit, people, days, position)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  content.commitments.forEach((c, i) => {
    commitment.run(ctx.newId(), versionId, c.partnerId, c.projectId, c.kind, c.description, c.amountSatang, c.quantity, c.unit, c.people, c.days, i);
  });
  const signatory = ctx.sql(
    'INSERT INTO agreement_signatory (id, version_id, role, partner_id, person_id, name, job_title, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  content.signatories.forEach((s, i) => {
    signatory.run(ctx.newId(), versionId, s.role, s.partnerId, s.personId, s.name, s.jobTitle, i);
  });
}

/** A version's content in the shape it is written from (renewal copies it; people stay linked, not copied). */
export function contentOf(version: AgreementVersion, signatoryRows: { person_id: string | null; name: string | null }[]): Content {
  return {
    title: version.title,
    purpose: version.purpose,
    activities: version.activities,
    decisionRule: version.decisionRule,
    decisionBody: version.decisionBody,
    conflictResolution: version.conflictResolution,
    dataSharing: version.dataSharing,
    startsOn: version.startsOn,
    endsOn: version.endsOn,
    reviewOn: version.reviewOn,
    signedOn: version.signedOn,
    signedAt: version.signedAt,
    parties: version.parties.map((p) => ({ partnerId: p.partnerId, role: p.role, schedule: p.schedule })),
    projectIds: version.projects.map((p) => p.projectId),
    commitments: version.commitments.map((c) => ({
      partnerId: c.partnerId,
      projectId: c.projectId,
      kind: c.kind,
      description: c.description,
      amountSatang: c.amountSatang,
      quantity: c.quantity,
      unit: c.unit,
      people: c.people,
      days: c.days,
    })),
    signatories: version.signatories.map((s, i) => ({
      role: s.role,
      partnerId: s.partnerId,
      personId: s.personId,
      // The typed name as stored (a linked person's name is the register's, not copied).
      name: signatoryRows[i]?.name ?? null,
      jobTitle: s.jobTitle,
    })),
  };
}

export function signatoryRowsOf(ctx: Context, versionId: string): { person_id: string | null; name: string | null }[] {
  return ctx.sql('SELECT person_id, name FROM agreement_signatory WHERE version_id = ? ORDER BY position').all(versionId) as {
    person_id: string | null;
    name: string | null;
  }[];
}

/** Commitments of the current version of every agreement of the forum not in the trash. */
export function currentCommitments(ctx: Context, forumId: string) {
  return ctx
    .sql(
      `SELECT c.partner_id AS partnerId, pa.name AS partnerName, c.project_id AS projectId, c.kind, c.amount_satang AS amountSatang, c.people, c.days
       FROM agreement a
       JOIN agreement_version v ON v.agreement_id = a.id AND v.version = (SELECT max(version) FROM agreement_version WHERE agreement_id = a.id)
       JOIN agreement_commitment c ON c.version_id = v.id
       JOIN partner pa ON pa.id = c.partner_id
       WHERE a.forum_id = ? AND a.deleted_at IS NULL
       ORDER BY a.position, c.position`,
    )
    .all(forumId) as {
    partnerId: string;
    partnerName: string;
    projectId: string | null;
    kind: 'money' | 'in_kind' | 'people';
    amountSatang: number | null;
    people: number | null;
    days: number | null;
  }[];
}
