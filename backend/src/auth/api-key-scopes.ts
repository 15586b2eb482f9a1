// Scopes a superuser can grant. Add one here when a route starts accepting it in
// @Auth({ scopes }); a typo in a key's scopes is then a 400 instead of a useless key.
export const API_KEY_SCOPES = [
  'prompts:read',
  'prompts:write',
  'eval:run',
  'users:read',
  'users:write',
  'invites:read',
  'invites:write',
  'usage:read',
  'webhooks:write',
] as const;

export type GrantableApiKeyScope = (typeof API_KEY_SCOPES)[number];
