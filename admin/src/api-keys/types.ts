import type { components } from '@dev-coach/api-client';
import type { RaRecord } from 'react-admin';
import { valuesOf } from '../common/exhaustive';

type Schemas = components['schemas'];

export type ApiKey = Schemas['ApiKeyResponseDto'] & RaRecord<string>;
export type CreatedApiKey = Schemas['CreatedApiKeyResponseDto'] & RaRecord<string>;
export type NewApiKey = Schemas['CreateApiKeyDto'];
export type ApiKeyChanges = Schemas['UpdateApiKeyDto'];
export type ApiKeyScope = NewApiKey['scopes'][number];
export type ApiKeyStatus = ApiKey['status'];

/** The scopes a superuser can grant (`CreateApiKeyDto.scopes`), in the order the checklist shows them. */
export const apiKeyScopes = valuesOf<ApiKeyScope>()([
  'users:read',
  'users:write',
  'invites:read',
  'invites:write',
  'usage:read',
  'webhooks:write',
  'prompts:read',
  'prompts:write',
  'eval:run',
]);

export const apiKeyStatuses = valuesOf<ApiKeyStatus>()(['active', 'expired', 'revoked']);

/** i18n key of a scope's label, e.g. `prompts:read` → `devcoach.api_keys.scopes.prompts_read`. */
export const scopeLabelKey = (scope: string): string =>
  `devcoach.api_keys.scopes.${scope.replace(/[^a-z0-9]+/gi, '_')}`;

export const apiKeyScopeChoices = apiKeyScopes.map((scope) => ({ id: scope, name: scopeLabelKey(scope) }));

export const apiKeyStatusChoices = apiKeyStatuses.map((status) => ({
  id: status,
  name: `devcoach.api_keys.status.${status}`,
}));

export const apiKeyRepresentation = (key: Pick<ApiKey, 'name'>): string => key.name;

/** The form's expiry (a local `YYYY-MM-DDTHH:mm` from the date-time input) as the API's ISO instant. */
export const expiryFromForm = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? new Date(value).toISOString() : null;

/** The form's rate limit: a whole number, or null for "only the platform's limits". */
export const rateLimitFromForm = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;
