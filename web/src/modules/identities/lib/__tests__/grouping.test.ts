import { moveWithinGroup, moveWithinGroupTo } from '@/modules/identities/lib/grouping';
import type { Identity } from '@/modules/identities/lib/labels';

const identity = (id: string, category: Identity['category'], order: number): Identity => ({
  id,
  name: id.toUpperCase(),
  category,
  state: 'proposed',
  notes: [],
  iAmStatement: null,
  visualization: null,
  order,
  parentId: null,
  createdAt: '2026-11-25T09:00:00.000Z',
  updatedAt: '2026-11-25T09:00:00.000Z',
});

// Whole list, by order: a(body) b(art) c(body) d(body) e(art)
const all = [
  identity('a', 'physical_expression', 0),
  identity('b', 'passions_and_talents', 1),
  identity('c', 'physical_expression', 2),
  identity('d', 'physical_expression', 3),
  identity('e', 'passions_and_talents', 4),
];
const body = all.filter((item) => item.category === 'physical_expression');

describe('moveWithinGroupTo', () => {
  it('should move a dragged identity to the drop target’s place and shift the group, leaving other groups in their slots', () => {
    expect(moveWithinGroupTo(all, body, 'd', 'a')).toEqual(['d', 'b', 'a', 'c', 'e']);
    expect(moveWithinGroupTo(all, body, 'a', 'd')).toEqual(['c', 'b', 'd', 'a', 'e']);
  });

  it('should change nothing when dropped on itself or outside the group', () => {
    expect(moveWithinGroupTo(all, body, 'c', 'c')).toBeUndefined();
    expect(moveWithinGroupTo(all, body, 'c', 'b')).toBeUndefined();
  });
});

describe('moveWithinGroup', () => {
  it('should swap with the neighbour in the group, across identities of other groups', () => {
    expect(moveWithinGroup(all, body, 'a', 1)).toEqual(['c', 'b', 'a', 'd', 'e']);
    expect(moveWithinGroup(all, body, 'a', -1)).toBeUndefined();
  });
});
