import { Chip } from '@mui/material';
import { type FieldProps, useRecordContext, useTranslate } from 'react-admin';
import type { WebhookEndpoint } from './types';

/** Enabled, or disabled (usually by the automatic switch-off after repeated failures). */
export const WebhookStatusField = (props: FieldProps<WebhookEndpoint>) => {
  const endpoint = useRecordContext<WebhookEndpoint>(props);
  const translate = useTranslate();
  if (!endpoint) {
    return null;
  }
  return (
    <Chip
      size="small"
      variant="outlined"
      color={endpoint.enabled ? 'success' : 'error'}
      label={translate(endpoint.enabled ? 'devcoach.webhooks.enabled' : 'devcoach.webhooks.disabled')}
    />
  );
};
