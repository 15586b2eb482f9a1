import { Box, Divider, Link as MuiLink } from '@mui/material';
import {
  DateField,
  FunctionField,
  Labeled,
  NumberField,
  Show,
  useCreatePath,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { ResolveSafetyEvent } from './ResolveSafetyEvent';
import { SafetyConversation } from './SafetyConversation';
import { SafetyEventSourceField, SafetyEventStatusField } from './SafetyEventFields';
import { SafetyEvidence } from './SafetyEvidence';
import { clientOf, type SafetyEvent } from './types';

const scoreOptions = { style: 'percent' } as const;

/** The client, linked to their account so staff can see who to reach. */
const ClientLink = () => {
  const event = useRecordContext<SafetyEvent>();
  const createPath = useCreatePath();
  if (!event) {
    return null;
  }
  return (
    <MuiLink component={Link} to={createPath({ resource: 'users', id: event.userId, type: 'edit' })}>
      {clientOf(event)}
      {event.userName && event.userEmail ? ` (${event.userEmail})` : ''}
    </MuiLink>
  );
};

const Summary = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 4, rowGap: 1 }}>
      <Labeled label="devcoach.safety.client">
        <FunctionField render={() => <ClientLink />} />
      </Labeled>
      <Labeled label="resources.safety-events.fields.createdAt">
        <DateField source="createdAt" showTime />
      </Labeled>
      <Labeled label="resources.safety-events.fields.status">
        <SafetyEventStatusField source="status" />
      </Labeled>
      <Labeled label="resources.safety-events.fields.flaggedBy">
        <SafetyEventSourceField source="flaggedBy" />
      </Labeled>
      <Labeled label="resources.safety-events.fields.classifierScore">
        <NumberField source="classifierScore" options={scoreOptions} />
      </Labeled>
      <Labeled label="devcoach.safety.alert">
        <DateField source="alertQueuedAt" showTime emptyText={translate('devcoach.safety.no_alert')} />
      </Labeled>
    </Box>
  );
};

/**
 * One safety event: who, the flagged message in its conversation, why it was flagged, and the
 * resolution. The staff alert email links here (`/admin/safety-events/<id>/show`).
 */
export const SafetyEventShow = () => (
  <Show>
    <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 3 }}>
      <Summary />
      <Divider />
      <SafetyConversation />
      <Divider />
      <ResolveSafetyEvent />
      <Divider />
      <SafetyEvidence />
    </Box>
  </Show>
);
