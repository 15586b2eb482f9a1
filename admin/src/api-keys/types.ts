import type { components } from '@dev-coach/api-client';
import type { RaRecord } from 'react-admin';
import { valuesOf } from '../common/exhaustive';

type Schemas = components['schemas'];

export type ApiKey = Schemas['ApiKeyResponseDto'] & RaRecord<string>;
export type CreatedApiKey = Schemas['CreatedApiKeyResponseDto'] & RaRecord<string>;
export type NewApiKey = Schemas['CreateApiKeyDto'];
export type ApiKeyScope = NewApiKey['scopes'][number];

/** The scopes a superuser can grant (`CreateApiKeyDto.scopes`), in the order the checklist shows them. */
export const apiKeyScopes = valuesOf<ApiKeyScope>()(['prompts:read', 'prompts:write', 'eval:run']);

/** i18n key of a scope's label, e.g. `prompts:read` → `devcoach.api_keys.scopes.prompts_read`. */
export const scopeLabelKey = (scope: string): string =>
  `devcoach.api_keys.scopes.${scope.replace(/[^a-z0-9]+/gi, '_')}`;

export const apiKeyScopeChoices = apiKeyScopes.map((scope) => ({ id: scope, name: scopeLabelKey(scope) }));

export const apiKeyRepresentation = (key: Pick<ApiKey, 'name'>): string => key.name;
