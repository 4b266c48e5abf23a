import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Person } from '../../../shared/contract';
import { DIMENSIONS } from '../../../shared/contract/representation';
import { representation, shares } from '../../../shared/domain/representation';
import { AGE_GROUPS, DISADVANTAGED_GROUPS, GENDERS, ROLES, SECTORS, type Sector } from '../../../shared/domain/vocabulary';

type Classified = Pick<Person, 'sector' | 'gender' | 'village' | 'ageGroup' | 'role' | 'sensitive'>;

const person = (p: Partial<Classified> & { groups?: NonNullable<Person['sensitive']>['disadvantagedGroups'] } = {}): Classified => ({
  sector: p.sector ?? null,
  gender: p.gender ?? 'unspecified',
  village: p.village ?? null,
  ageGroup: p.ageGroup ?? null,
  role: p.role ?? null,
  sensitive: p.groups ? { disadvantagedGroups: p.groups, consentGivenAt: '2026-11-23T02:00:00.000Z', consentRecordedBy: 'ผู้จด' } : null,
});

const forum = { id: '01936d2a-0000-7000-8000-000000000001', expectedSectors: [] as Sector[] };

describe('representation', () => {
  it('counts each dimension with shares of the total, biggest first, unknown for empty fields', () => {
    const people = [
      person({ sector: 'citizens', gender: 'female', village: '3', ageGroup: '60_plus' }),
      person({ sector: 'citizens', gender: 'female', village: '3' }),
      person({ sector: 'citizens', gender: 'male', village: '12' }),
      person({ sector: 'government', gender: 'male', village: '2' }),
      person({ gender: 'female', groups: ['elderly'] }),
    ];
    const r = representation(forum, people, 'checked_in');
    expect(r.total).toBe(5);
    expect(r.byDimension.sector).toEqual([
      { key: 'citizens', count: 3, share: 0.6 },
      { key: 'government', count: 1, share: 0.2 },
      { key: 'unknown', count: 1, share: 0.2 },
    ]);
    expect(r.byDimension.gender).toEqual([
      { key: 'female', count: 3, share: 0.6 },
      { key: 'male', count: 2, share: 0.4 },
    ]);
    // Ties by key in Thai/numeric order: village 2 before 12, not after it.
    expect(r.byDimension.village.map((s) => s.key)).toEqual(['3', '2', '12', 'unknown']);
    expect(r.byDimension.ageGroup).toEqual([
      { key: 'unknown', count: 4, share: 0.8 },
      { key: '60_plus', count: 1, share: 0.2 },
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('counts a person in two disadvantaged groups in both, so those shares can add up to more than 1', () => {
    const r = representation(forum, [person({ groups: ['elderly', 'disability'] }), person({ groups: ['elderly'] }), person(), person()], 'registered');
    expect(r.byDimension.disadvantagedGroup).toEqual([
      { key: 'elderly', count: 2, share: 0.5 },
      { key: 'disability', count: 1, share: 0.25 },
    ]);
    expect(r.basis).toBe('registered');
  });

  it('warns about nobody in the room, and only that', () => {
    const r = representation({ ...forum, expectedSectors: ['citizens'] }, [], 'checked_in');
    expect(r.total).toBe(0);
    expect(r.warnings).toEqual([{ key: 'no_attendees', params: {} }]);
    expect(r.byDimension.sector).toEqual([]);
  });

  it('warns when no disadvantaged group is present', () => {
    const r = representation(forum, [person({ sector: 'citizens' })], 'checked_in');
    expect(r.warnings).toEqual([{ key: 'no_disadvantaged', params: {} }]);
  });

  it('warns about each expected sector that is missing, in vocabulary order', () => {
    const r = representation(
      { ...forum, expectedSectors: ['citizens', 'academia', 'government', 'private'] },
      [person({ sector: 'government', groups: ['low_income'] })],
      'checked_in',
    );
    expect(r.warnings).toEqual([
      { key: 'sector_missing', params: { sector: 'private' } },
      { key: 'sector_missing', params: { sector: 'academia' } },
      { key: 'sector_missing', params: { sector: 'citizens' } },
    ]);
  });

  const arbitraryPerson = fc.record({
    sector: fc.option(fc.constantFrom(...SECTORS)),
    gender: fc.constantFrom(...GENDERS),
    village: fc.option(fc.constantFrom('1', '2', '3', '12', 'บ้านหนองบัว')),
    ageGroup: fc.option(fc.constantFrom(...AGE_GROUPS)),
    role: fc.option(fc.constantFrom(...ROLES)),
    sensitive: fc.option(
      fc.record({
        disadvantagedGroups: fc.uniqueArray(fc.constantFrom(...DISADVANTAGED_GROUPS), { minLength: 1 }),
        consentGivenAt: fc.constant('2026-11-23T02:00:00.000Z'),
        consentRecordedBy: fc.constant('ผู้จด'),
      }),
    ),
  });

  it('property: every dimension but disadvantaged groups splits the room exactly (counts sum to the total, shares to 1)', () => {
    fc.assert(
      fc.property(fc.array(arbitraryPerson, { minLength: 1, maxLength: 60 }), (people) => {
        for (const dimension of DIMENSIONS.filter((d) => d !== 'disadvantagedGroup')) {
          const list = shares(people, dimension);
          expect(list.reduce((n, s) => n + s.count, 0)).toBe(people.length);
          expect(list.reduce((n, s) => n + s.share, 0)).toBeCloseTo(1, 9);
        }
      }),
    );
  });
});
