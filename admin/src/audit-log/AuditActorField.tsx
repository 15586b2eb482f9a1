import { Typography } from '@mui/material';
import { type FieldProps, ReferenceField, TextField, useRecordContext } from 'react-admin';
import type { AuditEvent } from './types';

/**
 * Who did it: the address recorded with the event, or else the account behind `actorId`
 * (the API records the address only for some events, such as sign-ins).
 */
export const AuditActorField = (props: FieldProps<AuditEvent>) => {
  const event = useRecordContext<AuditEvent>(props);
  if (!event) {
    return null;
  }
  if (event.actorEmail) {
    return <Typography variant="body2">{event.actorEmail}</Typography>;
  }
  if (event.actorId) {
    return (
      <ReferenceField source="actorId" reference="users" link={false} emptyText="—">
        <TextField source="email" />
      </ReferenceField>
    );
  }
  return <Typography variant="body2">—</Typography>;
};
