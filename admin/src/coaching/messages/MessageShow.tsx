import { Box, Typography } from '@mui/material';
import {
  DateField,
  FunctionField,
  Labeled,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { ClientField } from '../ClientField';
import type { Message } from '../types';

/** One message with its card as the API stores it. */
export const MessageShow = () => (
  <Show>
    <SimpleShowLayout>
      <ClientField />
      <TextField source="role" />
      <DateField source="createdAt" showTime />
      <ReferenceField source="turnId" reference="turns" link="show" emptyText="—" />
      <TextField source="content" sx={{ whiteSpace: 'pre-wrap' }} />
      <Labeled label="resources.messages.fields.component">
        <FunctionField<Message>
          render={(message) =>
            message.component ? (
              <Box
                component="pre"
                sx={{ m: 0, fontSize: 13, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
              >
                {JSON.stringify(message.component, null, 2)}
              </Box>
            ) : (
              <Typography variant="body2">—</Typography>
            )
          }
        />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
