import { Datagrid, DateField, List, NumberField, SimpleList, TextField, useTranslate } from 'react-admin';
import { useIsSmall } from '../common/useIsSmall';
import { type WebhookEndpoint } from './types';
import { WebhookEventsField } from './WebhookEventsField';
import { WebhookStatusField } from './WebhookStatusField';

// Sortable on the server by createdAt only (admin-webhooks.service.ts).
export const WebhookList = () => {
  const isSmall = useIsSmall();
  const translate = useTranslate();
  return (
    <List sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} exporter={false}>
      {isSmall ? (
        <SimpleList<WebhookEndpoint>
          primaryText={(endpoint) => endpoint.url}
          secondaryText={(endpoint) =>
            endpoint.events.map((event) => translate(`devcoach.webhooks.event.${event}`)).join(', ')
          }
          tertiaryText={(endpoint) => <WebhookStatusField source="enabled" record={endpoint} />}
          rowClick="show"
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="url" sortable={false} />
          <WebhookEventsField source="events" sortable={false} />
          <WebhookStatusField source="enabled" sortable={false} />
          <NumberField source="consecutiveFailures" sortable={false} />
          <DateField source="createdAt" showTime />
        </Datagrid>
      )}
    </List>
  );
};
