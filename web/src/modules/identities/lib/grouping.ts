import { CATEGORY_LABELS, type Identity, STATE_LABELS } from '@/modules/identities/lib/labels';

export type GroupBy = 'category' | 'state';

export interface IdentityGroup {
  key: string;
  label: string;
  identities: Identity[];
}

/** The person's own order, as kept by the server. */
export function sortByOrder(identities: readonly Identity[]): Identity[] {
  return [...identities].sort((a, b) => a.order - b.order);
}

/** Groups in the curriculum's order (categories) or the path's order (states); empty groups left out. */
export function groupIdentities(identities: readonly Identity[], by: GroupBy): IdentityGroup[] {
  const labels: Record<string, string> = by === 'category' ? CATEGORY_LABELS : STATE_LABELS;
  const sorted = sortByOrder(identities);
  return Object.entries(labels)
    .map(([key, label]) => ({
      key,
      label,
      identities: sorted.filter((identity) => identity[by] === key),
    }))
    .filter((group) => group.identities.length > 0);
}

/**
 * The full list of ids after moving identity `id` to where `targetId` is within `group` (a drag
 * and drop): the group's members shift to make room, and they keep the slots of the whole list
 * they had, so identities of other groups do not move. `undefined` when nothing changes.
 */
export function moveWithinGroupTo(
  all: readonly Identity[],
  group: readonly Identity[],
  id: string,
  targetId: string,
): string[] | undefined {
  const groupIds = group.map((identity) => identity.id);
  const from = groupIds.indexOf(id);
  const to = groupIds.indexOf(targetId);
  if (from < 0 || to < 0 || from === to) {
    return undefined;
  }
  groupIds.splice(to, 0, ...groupIds.splice(from, 1));
  const members = new Set(groupIds);
  const reordered = groupIds.values();
  return sortByOrder(all).map((identity) =>
    members.has(identity.id) ? (reordered.next().value ?? identity.id) : identity.id,
  );
}

/**
 * The full list of ids after moving one identity a step up (-1) or down (+1) within `group` (the
 * keyboard buttons): it swaps places with its neighbour in that group. `undefined` when it is
 * already at that end.
 */
export function moveWithinGroup(
  all: readonly Identity[],
  group: readonly Identity[],
  id: string,
  step: -1 | 1,
): string[] | undefined {
  const index = group.findIndex((identity) => identity.id === id);
  const neighbour = group[index + step];
  return index < 0 || !neighbour ? undefined : moveWithinGroupTo(all, group, id, neighbour.id);
}
