import { expect, it } from 'vitest';
import { dropOrder, shiftOrder } from '../../../../renderer/features/priorities/priority-moves';

it('moves an issue one place up or down, not past either end', () => {
  expect(shiftOrder(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
  expect(shiftOrder(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
  expect(shiftOrder(['a', 'b', 'c'], 'a', -1)).toBeNull();
  expect(shiftOrder(['a', 'b', 'c'], 'c', 1)).toBeNull();
  expect(shiftOrder(['a', 'b'], 'z', 1)).toBeNull();
});

it('drops an issue into the place of the row it lands on', () => {
  expect(dropOrder(['a', 'b', 'c', 'd'], 'd', 'b')).toEqual(['a', 'd', 'b', 'c']);
  expect(dropOrder(['a', 'b', 'c', 'd'], 'a', 'c')).toEqual(['b', 'c', 'a', 'd']);
  expect(dropOrder(['a', 'b'], 'a', 'a')).toBeNull();
});
