// Every placeholder a template may use, with what it renders to. The list is closed: a
// template naming anything else is rejected when it is saved.
export const CONTEXT_KEYS = [
  'user_name',
  'identities',
  'identity_count',
  'focus_category',
  'focus_category_guide',
  'focused_identities',
  'who_you_are',
  'who_you_want_to_be',
  'asked_questions',
  'current_identity',
  'pending_identities',
  'user_notes',
  'current_phase',
  'recent_messages',
] as const;

export type ContextKey = (typeof CONTEXT_KEYS)[number];

export const CONTEXT_KEY_DESCRIPTIONS: Readonly<Record<ContextKey, string>> = {
  user_name: "The client's first name.",
  identities: 'Every live identity: name, category, state, id, notes and statement.',
  identity_count: 'How many live identities the client has.',
  focus_category: 'The brainstorming focus category with its description.',
  focus_category_guide: 'The active brainstorming guide of the focus category, rendered.',
  focused_identities: 'Live identities in the focus category.',
  who_you_are: 'The "who I am now" list.',
  who_you_want_to_be: 'The "who I want to be" list.',
  asked_questions: 'Getting-to-know-you topics already asked, and those still open.',
  current_identity: 'The identity the phase is working on, or "(none)".',
  pending_identities: "Live identities not yet in the current phase's target state.",
  user_notes: 'What the coach remembers about the client (empty when memory is off).',
  current_phase: 'The phase key and its name.',
  recent_messages: 'The last messages as text, each with one-line summaries of its actions.',
};

export const isContextKey = (value: string): value is ContextKey =>
  (CONTEXT_KEYS as readonly string[]).includes(value);
