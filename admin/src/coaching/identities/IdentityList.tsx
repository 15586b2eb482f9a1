import { Datagrid, DateField, SelectArrayInput, SelectField, TextField } from 'react-admin';
import { ClientField } from '../ClientField';
import { clientFilter } from '../ClientFilter';
import { categoryChoices, identityStateChoices } from '../choices';
import { ResponsiveList } from '../ResponsiveList';
import type { Identity } from '../types';

const identityFilters = [
  clientFilter,
  <SelectArrayInput key="category" source="category" choices={categoryChoices} alwaysOn />,
  <SelectArrayInput key="state" source="state" choices={identityStateChoices} alwaysOn />,
];

// Sortable on the server: createdAt, name.
export const IdentityList = () => (
  <ResponsiveList<Identity>
    sort={{ field: 'createdAt', order: 'DESC' }}
    filters={identityFilters}
    primaryText={(identity) => identity.name}
    secondaryText={(identity) => identity.state.replaceAll('_', ' ')}
    tertiaryText={(identity) => identity.category.replaceAll('_', ' ')}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="name" />
      <ClientField source="userId" sortable={false} />
      <SelectField source="category" choices={categoryChoices} sortable={false} />
      <SelectField source="state" choices={identityStateChoices} sortable={false} />
      <TextField source="iAmStatement" sortable={false} emptyText="—" />
      <DateField source="createdAt" showTime />
    </Datagrid>
  </ResponsiveList>
);
