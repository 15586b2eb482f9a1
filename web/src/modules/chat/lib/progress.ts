import type { Catalog, CoachState, Identity } from '@/modules/chat/lib/coachTypes';

/** Phases that work on one identity at a time: the progress names it. */
const ONE_IDENTITY_PHASES: ReadonlySet<CoachState['currentPhase']> = new Set([
  'identity_refinement',
  'identity_commitment',
  'i_am_statement',
]);

export interface ProgressView {
  steps: { key: string; label: string; status: 'done' | 'current' | 'upcoming' }[];
  currentIndex: number;
  currentLabel: string;
  /** The category being brainstormed, while brainstorming. */
  focusLabel: string | null;
  /** The identity being worked on in refinement, commitment and "I am". */
  currentIdentityName: string | null;
}

/** Where the client is in the curriculum, in the catalogue's words. */
export function progressView(state: CoachState, catalog: Catalog): ProgressView {
  const currentIndex = Math.max(
    0,
    catalog.phases.findIndex((phase) => phase.key === state.currentPhase),
  );
  const steps = catalog.phases.map((phase, index) => ({
    key: phase.key,
    label: phase.label,
    status:
      index < currentIndex
        ? ('done' as const)
        : index === currentIndex
          ? ('current' as const)
          : ('upcoming' as const),
  }));
  const focusLabel =
    state.currentPhase === 'identity_brainstorming'
      ? (catalog.categories.find((category) => category.key === state.identityFocus)?.label ?? null)
      : null;
  const currentIdentityName = ONE_IDENTITY_PHASES.has(state.currentPhase)
    ? (state.currentIdentity?.name ?? null)
    : null;
  return {
    steps,
    currentIndex,
    currentLabel: steps[currentIndex]?.label ?? '',
    focusLabel,
    currentIdentityName,
  };
}

export const IDENTITY_STATE_LABELS: Readonly<Record<Identity['state'], string>> = {
  proposed: 'Proposed',
  accepted: 'Accepted',
  refinement_complete: 'Refined',
  commitment_complete: 'Committed',
  i_am_complete: '“I am” written',
  visualization_complete: 'Complete',
  archived: 'Archived',
};

export interface IdentityGroup {
  key: Identity['category'];
  label: string;
  identities: Identity[];
}

/** Live identities by category, in the catalogue's category order; empty categories left out. */
export function groupIdentities(identities: Identity[], catalog: Catalog): IdentityGroup[] {
  return catalog.categories
    .map((category) => ({
      key: category.key,
      label: category.label,
      identities: identities.filter(
        (identity) => identity.category === category.key && identity.state !== 'archived',
      ),
    }))
    .filter((group) => group.identities.length > 0);
}
