import type { IdentityCategory } from 'src/curriculum/categories';
import type { IdentityState } from 'src/curriculum/identity-states';
import type { GetToKnowYouTopic, Phase } from 'src/curriculum/phases';

/** Identity states a snapshot may hold: archived identities are history, not a starting point. */
export type LiveIdentityState = Exclude<IdentityState, 'archived'>;

export interface SnapshotIdentity {
  name: string;
  category: IdentityCategory;
  state: LiveIdentityState;
  /** Note texts, oldest first. */
  notes: string[];
  iAmStatement: string | null;
  visualization: string | null;
}

export interface SnapshotMessage {
  role: 'user' | 'coach';
  /** The text as the client saw it; cards are not carried (a card's text stays). */
  content: string;
}

/**
 * A client's coaching data at one moment, in a form that does not depend on row ids: the test
 * scenarios' template. Identities are named, so `currentIdentity` refers to one by name.
 */
export interface CoachingSnapshot {
  state: {
    phase: Phase;
    identityFocus: IdentityCategory;
    skippedCategories: IdentityCategory[];
    whoYouAre: string[];
    whoYouWantToBe: string[];
    askedQuestions: GetToKnowYouTopic[];
    shownVideos: string[];
    currentIdentity: string | null;
  };
  identities: SnapshotIdentity[];
  /** Long-term memory (sentinel notes), oldest first. */
  notes: string[];
  /** Chat history, oldest first. */
  messages: SnapshotMessage[];
}

/** How much history a snapshot keeps: enough for a prompt's context and to read back. */
export const SNAPSHOT_LIMITS = {
  identities: 100,
  notes: 200,
  messages: 200,
} as const;
