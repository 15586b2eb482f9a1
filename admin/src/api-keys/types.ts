import type { components } from '@dev-coach/api-client';
import type { RaRecord } from 'react-admin';

type Schemas = components['schemas'];

export type ApiKey = Schemas['ApiKeyResponseDto'] & RaRecord<string>;
export type CreatedApiKey = Schemas['CreatedApiKeyResponseDto'] & RaRecord<string>;
export type NewApiKey = Schemas['CreateApiKeyDto'];
export type ApiKeyScope = NewApiKey['scopes'][number];

/** The scopes a superuser can grant (`CreateApiKeyDto.scopes`), in the order the checklist shows them. */
export const apiKeyScopes = [
  'prompts:read',
  'prompts:write',
  'eval:run',
] as const satisfies readonly ApiKeyScope[];

// Fails to compile when the API starts granting a scope the checklist does not offer.
type MissingScope = Exclude<ApiKeyScope, (typeof apiKeyScopes)[number]>;
export const apiKeyScopesAreComplete: [MissingScope] extends [never] ? true : false = true;

/** i18n key of a scope's label, e.g. `prompts:read` → `devcoach.api_keys.scopes.prompts_read`. */
export const scopeLabelKey = (scope: string): string =>
  `devcoach.api_keys.scopes.${scope.replace(/[^a-z0-9]+/gi, '_')}`;

export const apiKeyScopeChoices = apiKeyScopes.map((scope) => ({ id: scope, name: scopeLabelKey(scope) }));

export const apiKeyRepresentation = (key: Pick<ApiKey, 'name'>): string => key.name;
