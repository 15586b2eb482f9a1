import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ReplayIcon from '@mui/icons-material/Replay';
import SendIcon from '@mui/icons-material/Send';
import { Box, Typography } from '@mui/material';
import {
  Datagrid,
  DateField,
  DeleteButton,
  EditButton,
  Labeled,
  NumberField,
  Pagination,
  ReferenceManyField,
  SimpleList,
  Show,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { EnumChipField } from '../common/EnumChipField';
import { RecordActionButton } from '../common/RecordActionButton';
import { useIsSmall } from '../common/useIsSmall';
import { DeliveryAttempts } from './DeliveryAttempts';
import { RotateSecretButton } from './RotateSecretButton';
import { DELIVERIES, type WebhookDelivery, type WebhookEndpoint } from './types';
import { WebhookEventsField } from './WebhookEventsField';
import { WebhookStatusField } from './WebhookStatusField';

// Pending stays grey: the warning colour of an outlined chip is too faint to read.
const STATUS_COLORS = { delivered: 'success', failed: 'error' } as const;

const WebhookShowActions = () => {
  const endpoint = useRecordContext<WebhookEndpoint>();
  return (
    <TopToolbar>
      <EditButton />
      {endpoint?.enabled ? (
        <RecordActionButton
          path="/api/v1/admin/webhooks/{id}/test"
          label="devcoach.webhooks.send_test"
          successMessage="devcoach.webhooks.test_sent"
          icon={<SendIcon />}
          describe={() => endpoint.url}
        />
      ) : (
        <RecordActionButton
          path="/api/v1/admin/webhooks/{id}/enable"
          label="devcoach.webhooks.enable"
          successMessage="devcoach.webhooks.enabled_notice"
          icon={<CheckCircleIcon />}
          describe={() => endpoint?.url ?? ''}
        />
      )}
      <RotateSecretButton />
      <DeleteButton mutationMode="pessimistic" />
    </TopToolbar>
  );
};

/** Delivered and failed rows can be sent again (same id, so a receiver that keeps ids dedupes). */
const ReplayButton = () => {
  const delivery = useRecordContext<WebhookDelivery>();
  if (!delivery || delivery.status === 'pending') {
    return null;
  }
  return (
    <RecordActionButton
      path="/api/v1/admin/webhooks/deliveries/{id}/replay"
      label="devcoach.webhooks.replay"
      successMessage="devcoach.webhooks.replayed"
      icon={<ReplayIcon />}
      resource={DELIVERIES}
    />
  );
};

const DeliveryLog = () => {
  const isSmall = useIsSmall();
  const translate = useTranslate();
  const code = (delivery: WebhookDelivery) =>
    delivery.lastStatusCode === null
      ? translate('devcoach.webhooks.no_response')
      : String(delivery.lastStatusCode);
  return (
    <ReferenceManyField
      reference={DELIVERIES}
      target="endpointId"
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={10}
      pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
      empty={<Typography sx={{ p: 2 }}>{translate('devcoach.webhooks.no_deliveries')}</Typography>}
    >
      {isSmall ? (
        <SimpleList<WebhookDelivery>
          primaryText={(delivery) => translate(`devcoach.webhooks.event.${delivery.eventType}`)}
          secondaryText={(delivery) =>
            `${translate(`devcoach.webhooks.delivery_status.${delivery.status}`)} · ${code(delivery)} · ${new Date(delivery.createdAt).toLocaleString()}`
          }
          tertiaryText={() => <ReplayButton />}
          rowClick={false}
        />
      ) : (
        <Datagrid bulkActionButtons={false} expand={<DeliveryAttempts />} rowClick="expand">
          <EnumChipField source="eventType" labelPrefix="devcoach.webhooks.event" sortable={false} />
          <EnumChipField
            source="status"
            labelPrefix="devcoach.webhooks.delivery_status"
            colors={STATUS_COLORS}
          />
          <NumberField source="attempt" sortable={false} />
          <TextField
            source="lastStatusCode"
            emptyText={translate('devcoach.webhooks.no_response')}
            sortable={false}
          />
          <DateField source="createdAt" showTime />
          <DateField source="deliveredAt" showTime emptyText="—" sortable={false} />
          <ReplayButton />
        </Datagrid>
      )}
    </ReferenceManyField>
  );
};

/** One receiver: its settings, the operator's buttons, and what was sent to it. */
export const WebhookShow = () => {
  const translate = useTranslate();
  return (
    <Show actions={<WebhookShowActions />}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 4, rowGap: 1, px: 2, pt: 2 }}>
        <Labeled>
          <TextField source="url" sx={{ wordBreak: 'break-all' }} />
        </Labeled>
        <Labeled>
          <WebhookStatusField source="enabled" />
        </Labeled>
        <Labeled>
          <NumberField source="consecutiveFailures" />
        </Labeled>
        <Labeled>
          <DateField source="disabledAt" showTime emptyText="—" />
        </Labeled>
        <Labeled>
          <DateField source="previousSecretExpiresAt" showTime emptyText="—" />
        </Labeled>
        <Labeled>
          <DateField source="createdAt" showTime />
        </Labeled>
        <Labeled>
          <WebhookEventsField source="events" />
        </Labeled>
      </Box>
      <Typography component="h2" variant="h6" sx={{ px: 2, pt: 3 }}>
        {translate('devcoach.webhooks.deliveries')}
      </Typography>
      <DeliveryLog />
    </Show>
  );
};
