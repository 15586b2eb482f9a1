import type { IdentityCategory } from 'src/curriculum/categories';
import type { IdentityState } from 'src/curriculum/identity-states';
import type { GetToKnowYouTopic, Phase } from 'src/curriculum/phases';

export interface ContextIdentity {
  id: string;
  name: string;
  category: IdentityCategory;
  state: IdentityState;
  notes: string[];
  iAmStatement: string | null;
  parentId: string | null;
}

export interface ContextMessage {
  /** Present for stored messages; lets budget trimming report what it dropped. */
  id?: string;
  role: 'user' | 'coach';
  content: string;
  /**
   * One-line past-tense summaries of the actions applied with this message and of any card
   * it showed ("Created identity “Musician” in passions_and_talents."). They survive trimming.
   */
  actionSummaries: string[];
}

export interface ContextNote {
  id?: string;
  text: string;
}

/**
 * Everything a prompt may be rendered from: one client's coaching situation at one moment.
 * The coaching module builds it from the database; previews may send one or use a sample.
 */
export interface PromptContext {
  userName: string;
  currentPhase: Phase;
  identityFocus: IdentityCategory;
  skippedCategories: IdentityCategory[];
  identities: ContextIdentity[];
  whoYouAre: string[];
  whoYouWantToBe: string[];
  askedQuestions: GetToKnowYouTopic[];
  currentIdentityId: string | null;
  /** Empty when the client switched memory off. */
  userNotes: ContextNote[];
  /** Oldest first; the last one is usually the client's new message. */
  recentMessages: ContextMessage[];
}
