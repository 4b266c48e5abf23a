import { expect, it } from 'vitest';
import { ageGroupOf } from '../../../shared/domain/vocabulary';

it('puts ages into groups at the boundaries 18, 36 and 60', () => {
  const cases: [number, string][] = [
    [0, 'under_18'],
    [17, 'under_18'],
    [18, '18_35'],
    [35, '18_35'],
    [36, '36_59'],
    [59, '36_59'],
    [60, '60_plus'],
    [102, '60_plus'],
  ];
  expect(cases.map(([age]) => [age, ageGroupOf(age)])).toEqual(cases);
});
