import { Datagrid, DateField, List, SelectInput, TextField } from 'react-admin';
import { ApiKeyScopesField } from './ApiKeyScopesField';
import { ApiKeyStatusField } from './ApiKeyStatusField';
import { RevokeApiKeyButton } from './RevokeApiKeyButton';

const apiKeyFilters = [
  <SelectInput
    key="revoked"
    source="revoked"
    choices={[
      { id: 'false', name: 'devcoach.api_keys.active' },
      { id: 'true', name: 'devcoach.api_keys.revoked' },
    ]}
    alwaysOn
  />,
];

// Sortable on the server: createdAt, name, lastUsedAt (api-keys.service.ts).
export const ApiKeyList = () => (
  <List sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} filters={apiKeyFilters} exporter={false}>
    <Datagrid rowClick={false} bulkActionButtons={false}>
      <TextField source="name" />
      <TextField source="prefix" sortable={false} sx={{ fontFamily: 'monospace' }} />
      <ApiKeyScopesField source="scopes" sortable={false} />
      <ApiKeyStatusField source="revokedAt" sortable={false} />
      <DateField source="lastUsedAt" showTime emptyText="devcoach.api_keys.never_used" />
      <DateField source="createdAt" showTime />
      <RevokeApiKeyButton />
    </Datagrid>
  </List>
);
