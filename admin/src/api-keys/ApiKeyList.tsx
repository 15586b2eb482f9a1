import { Datagrid, DateField, List, SelectInput, SimpleList, TextField, useTranslate } from 'react-admin';
import { useIsSmall } from '../common/useIsSmall';
import { ApiKeyScopesField } from './ApiKeyScopesField';
import { ApiKeyStatusField } from './ApiKeyStatusField';
import { RevokeApiKeyButton } from './RevokeApiKeyButton';
import type { ApiKey } from './types';

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
export const ApiKeyList = () => {
  const isSmall = useIsSmall();
  const translate = useTranslate();
  return (
    <List sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} filters={apiKeyFilters} exporter={false}>
      {isSmall ? (
        <SimpleList<ApiKey>
          primaryText={(key) => key.name}
          secondaryText={(key) => key.prefix}
          tertiaryText={(key) =>
            translate(key.revokedAt ? 'devcoach.api_keys.revoked' : 'devcoach.api_keys.active')
          }
          linkType={false}
        />
      ) : (
        <Datagrid rowClick={false} bulkActionButtons={false}>
          <TextField source="name" />
          <TextField source="prefix" sortable={false} sx={{ fontFamily: 'monospace' }} />
          <ApiKeyScopesField source="scopes" sortable={false} />
          <ApiKeyStatusField source="revokedAt" sortable={false} />
          <DateField source="lastUsedAt" showTime emptyText="devcoach.api_keys.never_used" />
          <DateField source="createdAt" showTime />
          <RevokeApiKeyButton />
        </Datagrid>
      )}
    </List>
  );
};
