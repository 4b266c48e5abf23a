/**
 * The agreement document as plain text blocks, built once from an `AgreementVersion`: the HTML
 * template (→ PDF) and the DOCX writer both render this, so the two never disagree. Clauses are
 * numbered in the order they appear, leaving out the ones the agreement says nothing about
 * (decision-making and the term are always there). Digits become Thai digits in the renderers
 * (the formatter's option), clause numbers included.
 */
import type { AgreementVersion } from '../../../../shared/contract';
import { fundingOf } from '../../../../shared/domain/commitments';
import type { PlainFormatter } from '../text/format';
import { AGREEMENT_TH as TH } from './strings-th';

export interface AgreementTable {
  columns: { header: string; share: number; align?: 'left' | 'center' | 'right' }[];
  rows: string[][];
}

export interface AgreementClause {
  heading: string;
  paragraphs: string[];
  table: AgreementTable | null;
}

export interface SignatureBlock {
  /** The signer's name in brackets; null leaves a dotted line to write it in. */
  name: string | null;
  jobTitle: string | null;
  /** The party signed for; null for a witness. */
  partnerName: string | null;
  witness: boolean;
}

export interface AgreementDocument {
  headingLines: string[];
  partyLines: string[];
  versionLine: string | null;
  intro: string;
  clauses: AgreementClause[];
  closing: string;
  signatures: SignatureBlock[];
}

const lines = (text: string | null) =>
  (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** One commitment as the resources table describes it: what, how much, worth. */
export function commitmentItem(c: AgreementVersion['commitments'][number], fmt: PlainFormatter): { item: string; quantity: string; value: string } {
  const value = c.amountSatang === null ? '' : fmt.baht(c.amountSatang);
  switch (c.kind) {
    case 'money':
      return { item: [TH.money, c.description].filter(Boolean).join(' '), quantity: '', value };
    case 'in_kind':
      return {
        item: c.description ?? '',
        quantity: [c.quantity === null ? '' : fmt.num(c.quantity), c.unit ?? ''].join(' ').trim(),
        value,
      };
    case 'people':
      return {
        item: [c.description, TH.people(fmt.num(c.people ?? 0), fmt.num(c.days ?? 0))].filter(Boolean).join(' '),
        quantity: '',
        value,
      };
  }
}

export function agreementDocument(v: AgreementVersion, fmt: PlainFormatter): AgreementDocument {
  const clauses: AgreementClause[] = [];
  const add = (heading: string, paragraphs: string[], table: AgreementTable | null = null) => clauses.push({ heading, paragraphs, table });

  if (v.purpose) add(TH.purpose, lines(v.purpose));
  if (v.activities) add(TH.activities, lines(v.activities).map((l, i) => `(${i + 1}) ${l}`));
  if (v.projects.length > 0) add(TH.projects, v.projects.map((p, i) => `(${i + 1}) ${p.title}${p.budgetSatang === null ? '' : ` งบประมาณ ${fmt.baht(p.budgetSatang)} บาท`}`));
  const roles = v.parties.filter((p) => p.role || p.schedule);
  if (roles.length > 0) {
    add(
      TH.roles,
      roles.map((p, i) => [`(${i + 1}) ${p.name}`, p.role, p.schedule ? TH.schedule(p.schedule) : null].filter(Boolean).join(' ')),
    );
  }
  if (v.commitments.length > 0) {
    const total = fundingOf(null, v.commitments).committedSatang;
    add(TH.resources, [], {
      columns: [
        { header: TH.colPartner, share: 0.24 },
        { header: TH.colItem, share: 0.3 },
        { header: TH.colProject, share: 0.2 },
        { header: TH.colQuantity, share: 0.1, align: 'right' },
        { header: TH.colValue, share: 0.16, align: 'right' },
      ],
      rows: [
        ...v.commitments.map((c) => {
          const item = commitmentItem(c, fmt);
          return [c.partnerName, item.item, c.projectTitle ?? TH.whole, item.quantity, item.value];
        }),
        [TH.total, '', '', '', fmt.baht(total)],
      ],
    });
    if (v.commitments.some((c) => c.kind !== 'money' && c.amountSatang !== null)) clauses.at(-1)?.paragraphs.push(TH.estimated);
  }
  const decision = [
    v.decisionRule === 'named_body' ? TH.decidesFor(v.decisionBody ?? '') : TH.decisionRule[v.decisionRule],
    ...lines(v.conflictResolution).map((l, i) => (i === 0 ? TH.conflict(l) : l)),
  ];
  add(TH.decision, decision);
  if (v.dataSharing) add(TH.dataSharing, lines(v.dataSharing));
  const term = v.startsOn ? `${TH.from(fmt.date(v.startsOn))}${v.endsOn ? TH.to(fmt.date(v.endsOn)) : ''}` : TH.noTerm;
  add(TH.term, [term, ...(v.reviewOn ? [TH.review(fmt.date(v.reviewOn))] : [])]);

  // Every party signs: its recorded signatories, or a block to sign by hand.
  const signatures: SignatureBlock[] = [];
  for (const party of v.parties) {
    const signers = v.signatories.filter((s) => s.role === 'party' && s.partnerId === party.partnerId);
    if (signers.length === 0) signatures.push({ name: null, jobTitle: null, partnerName: party.name, witness: false });
    for (const s of signers) signatures.push({ name: s.name, jobTitle: s.jobTitle, partnerName: party.name, witness: false });
  }
  const witnesses = v.signatories.filter((s) => s.role === 'witness');
  for (const w of witnesses) signatures.push({ name: w.name, jobTitle: w.jobTitle, partnerName: null, witness: true });
  // The form always has room for two witnesses.
  for (let i = witnesses.length; i < 2; i++) signatures.push({ name: null, jobTitle: null, partnerName: null, witness: true });

  const partyNames = v.parties.map((p) => p.name);
  return {
    headingLines: [TH.documentTitle, TH.subject(v.title), ...(partyNames.length > 0 ? [TH.between] : [])],
    partyLines: partyNames,
    versionLine: v.version > 1 ? TH.version(String(v.version), String(v.version - 1)) : null,
    intro: TH.intro(v.signedAt, v.signedOn ? fmt.date(v.signedOn) : null, partyNames.join(' ')),
    clauses,
    closing: TH.closing(fmt.num(Math.max(1, v.parties.length))),
    signatures,
  };
}
