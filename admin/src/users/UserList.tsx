import { Datagrid, DateField, EmailField, List, SelectField, TextField } from 'react-admin';
import { roleChoices } from './types';

export const UserList = () => (
  <List sort={{ field: 'createdAt', order: 'DESC' }} perPage={25}>
    <Datagrid rowClick={false} bulkActionButtons={false}>
      <EmailField source="email" />
      <TextField source="firstName" />
      <TextField source="lastName" />
      <SelectField source="role" choices={roleChoices} />
      <DateField source="createdAt" showTime />
    </Datagrid>
  </List>
);
