import { Chip } from '@mui/material';
import { type FieldProps, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { ApiKey } from './types';

/** "Active", or "Revoked" with the date it stopped working. */
export const ApiKeyStatusField = (props: FieldProps<ApiKey>) => {
  const key = useRecordContext<ApiKey>(props);
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!key) {
    return null;
  }
  if (!key.revokedAt) {
    return (
      <Chip size="small" variant="outlined" color="success" label={translate('devcoach.api_keys.active')} />
    );
  }
  return (
    <Chip
      size="small"
      variant="outlined"
      label={translate('devcoach.api_keys.revoked_on', {
        date: new Date(key.revokedAt).toLocaleDateString(locale),
      })}
    />
  );
};
