import {
  ArrayField,
  Datagrid,
  DateField,
  EditButton,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { ClientField } from '../ClientField';
import { categoryChoices, identityStateChoices } from '../choices';

const IdentityShowActions = () => (
  <TopToolbar>
    <EditButton />
  </TopToolbar>
);

export const IdentityShow = () => (
  <Show actions={<IdentityShowActions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <ClientField />
      <SelectField source="category" choices={categoryChoices} />
      <SelectField source="state" choices={identityStateChoices} />
      <TextField source="iAmStatement" emptyText="—" />
      <TextField source="visualization" emptyText="—" />
      <ArrayField source="notes">
        <Datagrid bulkActionButtons={false} rowClick={false}>
          <TextField source="text" />
          <TextField source="copiedFrom" emptyText="—" />
          <DateField source="createdAt" showTime />
        </Datagrid>
      </ArrayField>
      <DateField source="createdAt" showTime />
      <DateField source="archivedAt" showTime emptyText="—" />
    </SimpleShowLayout>
  </Show>
);
