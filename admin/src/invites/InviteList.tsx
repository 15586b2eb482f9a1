import { Datagrid, DateField, EmailField, List, SearchInput, SelectField, SelectInput } from 'react-admin';
import { roleChoices } from '../users/types';
import { InviteRowActions } from './InviteRowActions';
import { InviteStatusField } from './InviteStatusField';
import { inviteStatusChoices } from './types';

const inviteFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={inviteStatusChoices} />,
];

// Sortable on the server: createdAt, email, expiresAt (invites.service.ts).
export const InviteList = () => (
  <List sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} filters={inviteFilters}>
    <Datagrid rowClick={false} bulkActionButtons={false}>
      <EmailField source="email" />
      <SelectField source="role" choices={roleChoices} sortable={false} />
      <InviteStatusField source="status" sortable={false} />
      <DateField source="createdAt" showTime />
      <DateField source="expiresAt" showTime />
      <DateField source="acceptedAt" showTime emptyText="—" sortable={false} />
      <InviteRowActions />
    </Datagrid>
  </List>
);
