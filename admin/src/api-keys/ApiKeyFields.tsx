import { Box } from '@mui/material';
import {
  CheckboxGroupInput,
  DateTimeInput,
  maxLength,
  maxValue,
  minLength,
  minValue,
  NumberInput,
  required,
  TextInput,
} from 'react-admin';
import { apiKeyScopeChoices } from './types';

const validateName = [required(), minLength(1), maxLength(100)];
const validateScopes = [required('devcoach.api_keys.scopes_required')];

/** Same ceiling as the API (`MAX_API_KEY_RATE_LIMIT`); it answers 400 above it. */
const MAX_RATE_LIMIT = 10_000;
const validateRateLimit = [minValue(1), maxValue(MAX_RATE_LIMIT)];

// Past instants are refused by the API too; checking here saves a round trip.
const validateExpiry = (value: unknown) =>
  typeof value === 'string' && value !== '' && new Date(value).getTime() <= Date.now()
    ? 'devcoach.api_keys.expiry_past'
    : undefined;

/**
 * What a key is, for both the create and the edit form: its name, its scopes, and an expiry and
 * rate limit of its own that may stay empty. The last two end both forms, so on phones they keep
 * clear of the toolbar pinned to the bottom of the screen.
 */
export const ApiKeyFields = () => (
  <>
    <TextInput
      source="name"
      resource="api-keys"
      validate={validateName}
      helperText="devcoach.api_keys.name_help"
    />
    <CheckboxGroupInput
      source="scopes"
      resource="api-keys"
      choices={apiKeyScopeChoices}
      row={false}
      validate={validateScopes}
      helperText="devcoach.api_keys.scopes_help"
    />
    <Box sx={{ display: 'flex', flexDirection: 'column', width: '100%', pb: { xs: 6, sm: 0 } }}>
      <DateTimeInput
        source="expiresAt"
        resource="api-keys"
        validate={validateExpiry}
        helperText="devcoach.api_keys.expiry_help"
      />
      <NumberInput
        source="rateLimitPerMinute"
        resource="api-keys"
        min={1}
        max={MAX_RATE_LIMIT}
        step={1}
        validate={validateRateLimit}
        helperText="devcoach.api_keys.rate_limit_help"
      />
    </Box>
  </>
);
