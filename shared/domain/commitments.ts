/**
 * What partners committed to a project against its budget, as pure functions (issue 14).
 *
 * Rules:
 * - A commitment's value is its amount in whole satang: the money given, or the estimated value
 *   of goods in kind or of people's time; people and days without an estimate count 0 baht but
 *   their person-days are still added up.
 * - committed = money + in-kind value + people value, over the commitments given (the service
 *   passes those of each agreement's current version only: a renewed agreement replaces its
 *   earlier commitments, it does not add to them).
 * - gap = budget − committed: positive is what is still missing, negative is over-committed;
 *   null when the project has no budget yet (a gap against "not costed" means nothing).
 */
import type { CommitmentKind } from './follow-through-vocabulary';

export interface CommitmentValue {
  kind: CommitmentKind;
  amountSatang: number | null;
  people: number | null;
  days: number | null;
}

export interface Funding {
  budgetSatang: number | null;
  moneySatang: number;
  inKindSatang: number;
  peopleSatang: number;
  personDays: number;
  committedSatang: number;
  gapSatang: number | null;
}

export function fundingOf(budgetSatang: number | null, commitments: readonly CommitmentValue[]): Funding {
  const funding: Funding = { budgetSatang, moneySatang: 0, inKindSatang: 0, peopleSatang: 0, personDays: 0, committedSatang: 0, gapSatang: null };
  for (const c of commitments) {
    const value = c.amountSatang ?? 0;
    if (c.kind === 'money') funding.moneySatang += value;
    else if (c.kind === 'in_kind') funding.inKindSatang += value;
    else {
      funding.peopleSatang += value;
      funding.personDays += (c.people ?? 0) * (c.days ?? 0);
    }
  }
  funding.committedSatang = funding.moneySatang + funding.inKindSatang + funding.peopleSatang;
  funding.gapSatang = budgetSatang === null ? null : budgetSatang - funding.committedSatang;
  return funding;
}
