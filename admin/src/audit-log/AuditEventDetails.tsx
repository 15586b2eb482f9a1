import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditEvent } from './types';

/** The expanded row: the event's details and the browser it came from. */
export const AuditEventDetails = () => {
  const event = useRecordContext<AuditEvent>();
  const translate = useTranslate();
  if (!event) {
    return null;
  }
  const hasDetails = Object.keys(event.details).length > 0;
  return (
    <Box sx={{ py: 1, display: 'grid', gap: 1 }}>
      <Typography variant="caption" color="text.secondary">
        {translate('resources.audit-log.fields.details')}
      </Typography>
      {hasDetails ? (
        <Box
          component="pre"
          sx={{ m: 0, p: 1.5, bgcolor: 'action.hover', borderRadius: 1, fontSize: 13, overflowX: 'auto' }}
        >
          {JSON.stringify(event.details, null, 2)}
        </Box>
      ) : (
        <Typography variant="body2">{translate('devcoach.audit.no_details')}</Typography>
      )}
      <Typography variant="caption" color="text.secondary">
        {translate('resources.audit-log.fields.userAgent')}
      </Typography>
      <Typography variant="body2" sx={{ wordBreak: 'break-word' }}>
        {event.userAgent ?? '—'}
      </Typography>
    </Box>
  );
};
