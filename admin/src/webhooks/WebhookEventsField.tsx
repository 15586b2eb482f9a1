import { Box, Chip } from '@mui/material';
import { type FieldProps, useRecordContext, useTranslate } from 'react-admin';
import type { WebhookEndpoint } from './types';

/** The events a receiver gets, as small chips. */
export const WebhookEventsField = (props: FieldProps<WebhookEndpoint>) => {
  const endpoint = useRecordContext<WebhookEndpoint>(props);
  const translate = useTranslate();
  if (!endpoint) {
    return null;
  }
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
      {endpoint.events.map((event) => (
        <Chip key={event} size="small" label={translate(`devcoach.webhooks.event.${event}`, { _: event })} />
      ))}
    </Box>
  );
};
