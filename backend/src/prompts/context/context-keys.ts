// Every placeholder a template may use, with what it renders to. The list is closed: a
// template naming anything else is rejected when it is saved.
export const CONTEXT_KEYS = [
  'user_name',
  'identities',
  'identity_count',
  'focus_category',
  'focus_category_guide',
  'focused_identities',
  'category_order',
  'skipped_categories',
  'who_you_are',
  'who_you_want_to_be',
  'asked_questions',
  'current_identity',
  'pending_identities',
  'user_notes',
  'current_phase',
  'recent_messages',
  'new_client_message',
] as const;

export type ContextKey = (typeof CONTEXT_KEYS)[number];

export const isContextKey = (value: string): value is ContextKey =>
  (CONTEXT_KEYS as readonly string[]).includes(value);
