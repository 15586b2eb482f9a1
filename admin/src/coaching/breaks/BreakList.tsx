import { Datagrid, DateField, SelectInput, TextField } from 'react-admin';
import { ClientField } from '../ClientField';
import { clientFilter } from '../ClientFilter';
import { yesNoChoices } from '../choices';
import { when } from '../dates';
import { ResponsiveList } from '../ResponsiveList';
import type { Pause } from '../types';

const breakFilters = [<SelectInput key="open" source="open" choices={yesNoChoices} alwaysOn />, clientFilter];

/** Breaks between sessions; "open" ones are clients resting right now. Sortable by start. */
export const BreakList = () => (
  <ResponsiveList<Pause>
    rowLink={false}
    sort={{ field: 'startedAt', order: 'DESC' }}
    filters={breakFilters}
    primaryText={(pause) => pause.session}
    secondaryText={(pause) => `${when(pause.startedAt)} → ${when(pause.endedAt)}`}
  >
    <Datagrid rowClick={false} bulkActionButtons={false}>
      <ClientField source="userId" sortable={false} />
      <TextField source="session" sortable={false} />
      <DateField source="startedAt" showTime />
      <DateField source="endedAt" showTime sortable={false} emptyText="—" />
    </Datagrid>
  </ResponsiveList>
);
