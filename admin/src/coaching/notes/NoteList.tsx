import { BooleanField, Datagrid, DateField, TextField } from 'react-admin';
import { ClientField } from '../ClientField';
import { clientFilter } from '../ClientFilter';
import { when } from '../dates';
import { ResponsiveList } from '../ResponsiveList';
import { firstLine, type Note } from '../types';

/** What the coach remembers about each client (live notes). Clients edit their own. */
export const NoteList = () => (
  <ResponsiveList<Note>
    rowLink={false}
    sort={{ field: 'createdAt', order: 'DESC' }}
    filters={[clientFilter]}
    primaryText={(note) => firstLine(note.text)}
    secondaryText={(note) => when(note.createdAt)}
  >
    <Datagrid rowClick={false} bulkActionButtons={false}>
      <DateField source="createdAt" showTime />
      <ClientField source="userId" sortable={false} />
      <TextField source="text" sortable={false} />
      <BooleanField source="editedByUser" sortable={false} />
    </Datagrid>
  </ResponsiveList>
);
