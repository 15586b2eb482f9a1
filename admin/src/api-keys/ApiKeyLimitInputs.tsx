import { Box } from '@mui/material';
import { DateTimeInput, maxValue, minValue, NumberInput } from 'react-admin';

/** Same ceiling as the API (`MAX_API_KEY_RATE_LIMIT`); it answers 400 above it. */
const MAX_RATE_LIMIT = 10_000;
const validateRateLimit = [minValue(1), maxValue(MAX_RATE_LIMIT)];

// Past instants are refused by the API too; checking here saves a round trip.
const validateExpiry = (value: unknown) =>
  typeof value === 'string' && value !== '' && new Date(value).getTime() <= Date.now()
    ? 'devcoach.api_keys.expiry_past'
    : undefined;

/**
 * Expiry and per-key rate limit, shared by the create and edit forms; both may stay empty. They
 * end both forms, so on phones they keep clear of the toolbar pinned to the bottom of the screen.
 */
export const ApiKeyLimitInputs = () => (
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
);
