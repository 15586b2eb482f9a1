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
 * The full list of ids after moving one identity a step up (-1) or down (+1) within `group`: it
 * swaps places with its neighbour in that group, everything else keeps its position. `undefined`
 * when it is already at that end.
 */
export function moveWithinGroup(
  all: readonly Identity[],
  group: readonly Identity[],
  id: string,
  step: -1 | 1,
): string[] | undefined {
  const index = group.findIndex((identity) => identity.id === id);
  const neighbour = group[index + step];
  if (index < 0 || !neighbour) {
    return undefined;
  }
  const ids = sortByOrder(all).map((identity) => identity.id);
  const from = ids.indexOf(id);
  const to = ids.indexOf(neighbour.id);
  ids[from] = neighbour.id;
  ids[to] = id;
  return ids;
}
