import { Datagrid, DateField, SelectArrayInput, TextField, TextInput } from 'react-admin';
import { EnumChipField } from '../../common/EnumChipField';
import { ClientField } from '../ClientField';
import { clientFilter } from '../ClientFilter';
import { actionSourceChoices, actionStatusChoices } from '../choices';
import { when } from '../dates';
import { ResponsiveList } from '../ResponsiveList';
import type { ActionLog } from '../types';

const actionFilters = [
  <TextInput key="type" source="type" alwaysOn />,
  <SelectArrayInput key="status" source="status" choices={actionStatusChoices} alwaysOn />,
  <SelectArrayInput key="source" source="source" choices={actionSourceChoices} />,
  <TextInput key="turnId" source="turnId" />,
  clientFilter,
];

/** The action log: what the model, buttons and staff did or tried. Read-only. */
export const ActionList = () => (
  <ResponsiveList<ActionLog>
    sort={{ field: 'createdAt', order: 'DESC' }}
    filters={actionFilters}
    primaryText={(action) => action.type}
    secondaryText={(action) => action.summary ?? action.reason ?? ''}
    tertiaryText={(action) => `${action.status} · ${action.source} · ${when(action.createdAt)}`}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <DateField source="createdAt" showTime />
      <ClientField source="userId" sortable={false} />
      <TextField source="type" sortable={false} />
      <EnumChipField
        source="status"
        labelPrefix="devcoach.coaching.action_status"
        colors={{ applied: 'success', rejected: 'warning' }}
      />
      <TextField source="source" sortable={false} />
      <TextField source="summary" sortable={false} emptyText="—" />
      <TextField source="reasonCode" sortable={false} emptyText="—" />
    </Datagrid>
  </ResponsiveList>
);
