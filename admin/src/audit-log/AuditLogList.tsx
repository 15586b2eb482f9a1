import {
  Datagrid,
  DateField,
  DateInput,
  List,
  SearchInput,
  SimpleList,
  TextField,
  TextInput,
} from 'react-admin';
import { useIsSmall } from '../common/useIsSmall';
import { AuditActorField } from './AuditActorField';
import { AuditEventDetails } from './AuditEventDetails';
import { AuditTargetField } from './AuditTargetField';
import type { AuditEvent } from './types';

const auditFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <TextInput key="action" source="action" />,
  <DateInput key="since" source="since" />,
  <DateInput key="until" source="until" />,
];

/** Read-only: security and staff events, newest first. Sortable on the server: createdAt, action. */
export const AuditLogList = () => {
  const isSmall = useIsSmall();
  return (
    <List sort={{ field: 'createdAt', order: 'DESC' }} perPage={50} filters={auditFilters} exporter={false}>
      {isSmall ? (
        <SimpleList<AuditEvent>
          primaryText={(event) => event.action}
          secondaryText={(event) => event.actorEmail ?? '—'}
          tertiaryText={(event) => new Date(event.createdAt).toLocaleString()}
          linkType={false}
        />
      ) : (
        <Datagrid rowClick="expand" expand={<AuditEventDetails />} bulkActionButtons={false}>
          <DateField source="createdAt" showTime />
          <TextField source="action" sx={{ fontFamily: 'monospace' }} />
          <AuditActorField source="actorEmail" sortable={false} />
          <AuditTargetField source="targetType" sortable={false} />
          <TextField source="ip" sortable={false} emptyText="—" />
        </Datagrid>
      )}
    </List>
  );
};
