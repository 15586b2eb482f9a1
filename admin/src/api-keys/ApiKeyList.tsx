import {
  Datagrid,
  DateField,
  EditButton,
  List,
  NumberField,
  SelectArrayInput,
  SimpleList,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useIsSmall } from '../common/useIsSmall';
import { ApiKeyScopesField } from './ApiKeyScopesField';
import { ApiKeyStatusField } from './ApiKeyStatusField';
import { RevokeApiKeyButton } from './RevokeApiKeyButton';
import { type ApiKey, apiKeyStatusChoices } from './types';

const apiKeyFilters = [
  <SelectArrayInput
    key="status"
    source="status"
    choices={apiKeyStatusChoices}
    alwaysOn
    sx={{ minWidth: 200 }}
  />,
];

/** Revoked keys cannot change; the others open in the edit form. */
const EditApiKeyButton = () => {
  const key = useRecordContext<ApiKey>();
  return key && key.status !== 'revoked' ? <EditButton /> : null;
};

// Sortable on the server: createdAt, name, lastUsedAt, expiresAt (api-keys.service.ts). Lists
// active and expired keys first thing: revoked ones are history, one filter click away.
export const ApiKeyList = () => {
  const isSmall = useIsSmall();
  const translate = useTranslate();
  const date = (value: string | null, empty: string) =>
    value ? new Date(value).toLocaleString() : translate(empty);
  return (
    <List
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      filters={apiKeyFilters}
      filterDefaultValues={{ status: ['active', 'expired'] }}
      exporter={false}
    >
      {isSmall ? (
        <SimpleList<ApiKey>
          primaryText={(key) => key.name}
          secondaryText={(key) =>
            `${key.prefix} · ${translate('devcoach.api_keys.last_used', {
              date: date(key.lastUsedAt, 'devcoach.api_keys.never_used'),
            })}`
          }
          tertiaryText={(key) => <ApiKeyStatusField source="status" record={key} />}
          rowClick={(_id, _resource, key) => (key.status === 'revoked' ? false : 'edit')}
        />
      ) : (
        <Datagrid rowClick={false} bulkActionButtons={false}>
          <TextField source="name" />
          <TextField source="prefix" sortable={false} sx={{ fontFamily: 'monospace' }} />
          <ApiKeyScopesField source="scopes" sortable={false} />
          <ApiKeyStatusField source="status" sortable={false} />
          <DateField source="expiresAt" showTime emptyText="devcoach.api_keys.never_expires" />
          <NumberField
            source="rateLimitPerMinute"
            sortable={false}
            emptyText="devcoach.api_keys.no_rate_limit"
          />
          <DateField source="lastUsedAt" showTime emptyText="devcoach.api_keys.never_used" />
          <DateField source="createdAt" showTime />
          <EditApiKeyButton />
          <RevokeApiKeyButton />
        </Datagrid>
      )}
    </List>
  );
};
