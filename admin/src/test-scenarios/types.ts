// The staff API's test-scenario shapes (backend `test-scenarios/dto`), written out here until
// the generated client (`@dev-coach/api-client`) is regenerated with these routes.

export interface TestUser {
  userId: string;
  email: string;
  name: string;
  scenarioId: string | null;
  resetAt: string;
}

/** The JSON document staff write: see docs/test-scenarios.md. */
export interface ScenarioDocument {
  name: string;
  description?: string;
  profile: { firstName: string; lastName: string };
  state: {
    phase: string;
    identityFocus?: string;
    skippedCategories?: string[];
    whoYouAre?: string[];
    whoYouWantToBe?: string[];
    askedQuestions?: string[];
    shownVideos?: string[];
    currentIdentity?: string | null;
  };
  identities?: {
    name: string;
    category: string;
    state: string;
    notes?: string[];
    iAmStatement?: string | null;
    visualization?: string | null;
  }[];
  notes?: string[];
  messages?: { role: 'user' | 'coach'; content: string }[];
}

export interface TestScenario extends Required<ScenarioDocument> {
  id: string;
  testUsers: TestUser[];
  createdById: string | null;
  createdAt: string;
  updatedAt: string;
}

const DOCUMENT_FIELDS = [
  'name',
  'description',
  'profile',
  'state',
  'identities',
  'notes',
  'messages',
] as const satisfies readonly (keyof ScenarioDocument)[];

/** The document part of a scenario, as the JSON editor shows it. */
export const documentOf = (scenario: TestScenario): ScenarioDocument =>
  Object.fromEntries(DOCUMENT_FIELDS.map((field) => [field, scenario[field]])) as unknown as ScenarioDocument;

/** A starting point for a new scenario: a client mid-brainstorm with two identities. */
export const EXAMPLE_DOCUMENT: ScenarioDocument = {
  name: 'Brainstorming with two identities',
  description: 'Half-way through brainstorming; the coach is on money.',
  profile: { firstName: 'Sam', lastName: 'Tester' },
  state: {
    phase: 'identity_brainstorming',
    identityFocus: 'maker_of_money',
    whoYouAre: ['curious'],
    currentIdentity: 'Athlete',
  },
  identities: [
    { name: 'Athlete', category: 'passions_and_talents', state: 'accepted', notes: ['Runs at dawn'] },
    { name: 'Maker', category: 'maker_of_money', state: 'proposed' },
  ],
  notes: ['Works nights as a nurse'],
  messages: [
    { role: 'coach', content: 'What do you do that brings money in?' },
    { role: 'user', content: 'I build furniture at weekends.' },
  ],
};
