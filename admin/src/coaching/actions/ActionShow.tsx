import { Box } from '@mui/material';
import {
  DateField,
  FunctionField,
  NumberField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { ClientField } from '../ClientField';
import type { ActionLog } from '../types';

export const ActionShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="type" />
      <ClientField />
      <TextField source="status" />
      <TextField source="source" />
      <TextField source="summary" emptyText="—" />
      <TextField source="reasonCode" emptyText="—" />
      <TextField source="reason" emptyText="—" />
      <FunctionField<ActionLog>
        source="params"
        render={(action) => (
          <Box component="pre" sx={{ m: 0, fontSize: 13, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
            {JSON.stringify(action.params, null, 2)}
          </Box>
        )}
      />
      <ReferenceField source="turnId" reference="turns" link="show" emptyText="—" />
      <ReferenceField source="messageId" reference="messages" link="show" emptyText="—" />
      <NumberField source="sequence" />
      <DateField source="createdAt" showTime />
    </SimpleShowLayout>
  </Show>
);
