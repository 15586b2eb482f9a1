import { PHASES, type Phase } from 'src/curriculum/phases';
import type { IdentityState } from 'src/curriculum/identity-states';

/** The name two combined identities get: "A / B". */
export const combinedName = (keep: string, merge: string): string => `${keep} / ${merge}`;

/** Names are unique per client case-insensitively; this mirrors lower() in the unique index. */
export const nameKey = (name: string): string => name.toLowerCase();

// Every live identity becomes `accepted` on entering refinement; identities created from
// then on (anything_missing) start there too, or they would never be worked on.
export const initialIdentityState = (phase: Phase): IdentityState =>
  PHASES.indexOf(phase) >= PHASES.indexOf('identity_refinement') ? 'accepted' : 'proposed';
