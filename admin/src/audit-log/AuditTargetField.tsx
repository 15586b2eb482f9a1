import { Typography } from '@mui/material';
import { type FieldProps, useRecordContext } from 'react-admin';
import type { AuditEvent } from './types';

/** "user · 3f9a1c52…": what the event was about. */
export const AuditTargetField = (props: FieldProps<AuditEvent>) => {
  const event = useRecordContext<AuditEvent>(props);
  if (!event?.targetType) {
    return <Typography variant="body2">—</Typography>;
  }
  return (
    <Typography variant="body2" title={event.targetId ?? undefined}>
      {event.targetType}
      {event.targetId ? (
        <Typography component="span" variant="body2" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
          {` · ${event.targetId.slice(0, 8)}…`}
        </Typography>
      ) : null}
    </Typography>
  );
};
