import type { CoachingSnapshot } from 'src/coaching/snapshot/coaching-snapshot';
import { IDENTITY_CATEGORIES } from 'src/curriculum/categories';
import type { ScenarioTemplateDto } from 'src/test-scenarios/dto/scenario-document.dto';

/** The document as staff wrote it, with its defaults filled in: what instantiate and reset write. */
export const toSnapshot = (document: ScenarioTemplateDto): CoachingSnapshot => ({
  state: {
    phase: document.state.phase,
    identityFocus: document.state.identityFocus ?? IDENTITY_CATEGORIES[0],
    skippedCategories: document.state.skippedCategories ?? [],
    whoYouAre: document.state.whoYouAre ?? [],
    whoYouWantToBe: document.state.whoYouWantToBe ?? [],
    askedQuestions: document.state.askedQuestions ?? [],
    shownVideos: document.state.shownVideos ?? [],
    currentIdentity: document.state.currentIdentity ?? null,
  },
  identities: (document.identities ?? []).map((identity) => ({
    name: identity.name,
    category: identity.category,
    state: identity.state,
    notes: identity.notes ?? [],
    iAmStatement: identity.iAmStatement ?? null,
    visualization: identity.visualization ?? null,
  })),
  notes: document.notes ?? [],
  messages: document.messages ?? [],
});
