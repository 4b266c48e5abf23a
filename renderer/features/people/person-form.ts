/** A person's fields as the forms hold them (text), and their way to and from the contract. */
import type { Input, Output } from '../../../shared/contract';
import { type AgeGroup, type Gender, type Role, type Sector, TITLE_PREFIXES } from '../../../shared/domain/vocabulary';

type Person = Output<'people.get'>;
type PersonDraft = Input<'people.create'>;

export interface PersonFormValues {
  titlePrefix: string;
  firstName: string;
  lastName: string;
  gender: Gender;
  ageGroup: AgeGroup | '';
  phone: string;
  organisation: string;
  position: string;
  village: string;
  sector: Sector | '';
  role: Role | '';
}

export type PersonField = keyof PersonFormValues;
export type PersonErrors = Partial<Record<PersonField, string>>;

export const emptyPersonValues = (): PersonFormValues => ({
  titlePrefix: '',
  firstName: '',
  lastName: '',
  gender: 'unspecified',
  ageGroup: '',
  phone: '',
  organisation: '',
  position: '',
  village: '',
  sector: '',
  role: '',
});

export const personToValues = (p: Person): PersonFormValues => ({
  titlePrefix: p.titlePrefix ?? '',
  firstName: p.firstName,
  lastName: p.lastName ?? '',
  gender: p.gender,
  ageGroup: p.ageGroup ?? '',
  phone: p.phone ?? '',
  organisation: p.organisation ?? '',
  position: p.position ?? '',
  village: p.village ?? '',
  sector: p.sector ?? '',
  role: p.role ?? '',
});

const orNull = (s: string) => (s.trim() ? s.trim() : null);

/** Without `sensitive`: that part has its own consent rules and is added by the caller. */
export const valuesToDraft = (v: PersonFormValues): Omit<PersonDraft, 'sensitive'> => ({
  titlePrefix: orNull(v.titlePrefix),
  firstName: v.firstName.trim(),
  lastName: orNull(v.lastName),
  gender: v.gender,
  ageGroup: v.ageGroup || null,
  phone: orNull(v.phone),
  organisation: orNull(v.organisation),
  position: orNull(v.position),
  village: orNull(v.village),
  sector: v.sector || null,
  role: v.role || null,
});

export function validatePerson(v: PersonFormValues): PersonErrors {
  const errors: PersonErrors = {};
  if (!v.firstName.trim()) errors.firstName = 'person.errors.firstNameRequired';
  if (v.phone && !/^[0-9+\-\s()]*$/.test(v.phone)) errors.phone = 'person.errors.phone';
  return errors;
}

/** The prefix a name was typed with decides the likely gender; the user can still change it. */
export function genderOfPrefix(prefix: string): Gender | null {
  if (prefix === 'นาย' || prefix === 'เด็กชาย') return 'male';
  if (prefix === 'นาง' || prefix === 'นางสาว' || prefix === 'เด็กหญิง') return 'female';
  return null;
}

/**
 * What was typed in the check-in box, as a new person: a phone number, or a name with an
 * optional title prefix ("นายบุญมี ศรีสุข", "นาย บุญมี"). A short prefix joined to the name is
 * only split off when it cannot be the start of a name (นาง / นาย could be: นางรอง, นายิกา).
 */
export function prefillFromQuery(query: string): PersonFormValues {
  const values = emptyPersonValues();
  const text = query.trim().replace(/\s+/g, ' ');
  if (/^[0-9+\-\s()]+$/.test(text)) return { ...values, phone: text };
  let rest = text;
  const byLength = [...TITLE_PREFIXES].sort((a, b) => b.length - a.length);
  for (const prefix of byLength) {
    const spaced = rest.startsWith(`${prefix} `);
    const joinedUnambiguous = prefix.length >= 5 && rest.startsWith(prefix) && rest.length > prefix.length;
    if (spaced || joinedUnambiguous) {
      values.titlePrefix = prefix;
      rest = rest.slice(prefix.length).trim();
      break;
    }
  }
  if (!values.titlePrefix) {
    // "นายบุญมี": นาย followed by a name is far more common than a name starting with นาย.
    for (const prefix of ['นาย', 'นาง'] as const) {
      if (rest.startsWith(prefix) && rest.length > prefix.length + 1 && !rest.startsWith('นางสาว')) {
        values.titlePrefix = prefix;
        rest = rest.slice(prefix.length);
        break;
      }
    }
  }
  const [first = '', ...last] = rest.split(' ');
  values.firstName = first;
  values.lastName = last.join(' ');
  values.gender = genderOfPrefix(values.titlePrefix) ?? 'unspecified';
  return values;
}

/** The host's validation details name the field by path (`person.phone`, `patch.phone`, `phone`). */
export function personFieldsFromDetails(details: unknown): PersonField[] {
  if (!Array.isArray(details)) return [];
  const known = new Set<string>(Object.keys(emptyPersonValues()));
  return details
    .flatMap((issue: { path?: unknown }) => (Array.isArray(issue.path) ? issue.path : []))
    .filter((p): p is PersonField => typeof p === 'string' && known.has(p));
}
