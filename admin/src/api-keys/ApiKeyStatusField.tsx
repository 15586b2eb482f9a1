import BlockIcon from '@mui/icons-material/Block';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import { Chip } from '@mui/material';
import { type FieldProps, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { ApiKey } from './types';

/**
 * "Active"; "Expired" as a filled warning badge, since an expired key still looks alive in a list
 * of names (scripts using it get 401 `api_key_expired` until it is renewed); or "Revoked" with
 * the date it stopped working.
 */
export const ApiKeyStatusField = (props: FieldProps<ApiKey>) => {
  const key = useRecordContext<ApiKey>(props);
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!key) {
    return null;
  }
  const date = (value: string) => new Date(value).toLocaleDateString(locale);
  switch (key.status) {
    case 'active':
      return (
        <Chip
          size="small"
          variant="outlined"
          color="success"
          icon={<CheckCircleOutlineIcon />}
          label={translate('devcoach.api_keys.status.active')}
        />
      );
    case 'expired':
      return (
        <Chip
          size="small"
          color="error"
          icon={<EventBusyIcon />}
          label={translate('devcoach.api_keys.expired_on', { date: date(key.expiresAt ?? key.createdAt) })}
        />
      );
    case 'revoked':
      return (
        <Chip
          size="small"
          variant="outlined"
          icon={<BlockIcon />}
          label={translate('devcoach.api_keys.revoked_on', { date: date(key.revokedAt ?? key.createdAt) })}
        />
      );
  }
};
