import {
  CreateButton,
  Datagrid,
  DateField,
  List,
  NumberField,
  SimpleList,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { useIsSmall } from '../common/useIsSmall';
import { type WebhookEndpoint } from './types';
import { WebhookEventsField } from './WebhookEventsField';
import { WebhookStatusField } from './WebhookStatusField';

/**
 * On phones react-admin's create button floats over the page, so it needs no toolbar row: this
 * list has no filters to fill one, and react-admin's default toolbar would stand empty above it.
 */
const WebhookListActions = () =>
  useIsSmall() ? (
    <CreateButton />
  ) : (
    <TopToolbar>
      <CreateButton />
    </TopToolbar>
  );

// Sortable on the server by createdAt only (admin-webhooks.service.ts).
export const WebhookList = () => {
  const isSmall = useIsSmall();
  const translate = useTranslate();
  return (
    <List
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      exporter={false}
      actions={<WebhookListActions />}
    >
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
