import { type IdentityState, isBefore, PHASE_TARGET_STATE } from 'src/curriculum/identity-states';
import type { Phase } from 'src/curriculum/phases';

export interface IdentityProgress {
  id: string;
  state: IdentityState;
  createdAt: Date;
  order: number;
}

const byAge = (a: IdentityProgress, b: IdentityProgress): number =>
  a.createdAt.getTime() - b.createdAt.getTime() || a.order - b.order || a.id.localeCompare(b.id);

/** Live identities that still have to reach `target`, oldest first. */
export const pendingIdentities = <T extends IdentityProgress>(
  identities: readonly T[],
  target: IdentityState,
): T[] => identities.filter((identity) => isBefore(identity.state, target)).sort(byAge);

/**
 * The identity the coach works on: the oldest live identity not yet in (or past) `target`.
 * Null when none is left or the phase works on no identity in particular.
 */
export const pickCurrentIdentity = (
  identities: readonly IdentityProgress[],
  target: IdentityState | undefined,
): string | null => (target ? (pendingIdentities(identities, target)[0]?.id ?? null) : null);

export const phaseTarget = (phase: Phase): IdentityState | undefined => PHASE_TARGET_STATE[phase];
