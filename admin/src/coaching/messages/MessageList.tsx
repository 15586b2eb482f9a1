import { Datagrid, DateField, FunctionField, SearchInput, SelectInput, TextField } from 'react-admin';
import { ClientField } from '../ClientField';
import { clientFilter } from '../ClientFilter';
import { roleChoices } from '../choices';
import { when } from '../dates';
import { ResponsiveList } from '../ResponsiveList';
import { firstLine, type Message } from '../types';

const messageFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />,
  clientFilter,
];

const clamp = {
  display: '-webkit-box',
  WebkitLineClamp: 2,
  WebkitBoxOrient: 'vertical',
  overflow: 'hidden',
} as const;

/** Every chat message, newest first; search matches whole words of the text. Read-only. */
export const MessageList = () => (
  <ResponsiveList<Message>
    sort={{ field: 'createdAt', order: 'DESC' }}
    filters={messageFilters}
    primaryText={(message) => firstLine(message.content) || '—'}
    secondaryText={(message) => `${message.role} · ${when(message.createdAt)}`}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <DateField source="createdAt" showTime />
      <ClientField source="userId" sortable={false} />
      <TextField source="role" sortable={false} />
      <TextField source="content" sortable={false} sx={clamp} />
      <FunctionField<Message>
        label="resources.messages.fields.component"
        render={(message) => (typeof message.component?.kind === 'string' ? message.component.kind : '')}
      />
    </Datagrid>
  </ResponsiveList>
);
