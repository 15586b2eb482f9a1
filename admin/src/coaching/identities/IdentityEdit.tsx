import { Edit, type RaRecord, SelectInput, SimpleForm, TextInput, required } from 'react-admin';
import { staffIdentityStateChoices } from '../choices';
import { SaveOnlyToolbar } from '../SaveOnlyToolbar';

// Only what the PATCH route takes; the API answers 400 to anything else.
const toPatch = (data: RaRecord) => ({
  name: data.name as string,
  ...(typeof data.nextState === 'string' && data.nextState !== '' ? { state: data.nextState } : {}),
  ...(typeof data.reason === 'string' && data.reason !== '' ? { reason: data.reason } : {}),
});

/**
 * Staff corrections: a new name, or a move to a later state (or archive). Each becomes a staff
 * action in the client's log; a refused change (name taken…) shows the engine's reason.
 */
export const IdentityEdit = () => (
  <Edit mutationMode="pessimistic" transform={toPatch}>
    <SimpleForm toolbar={<SaveOnlyToolbar />}>
      <TextInput source="name" validate={required()} fullWidth />
      <SelectInput
        source="nextState"
        choices={staffIdentityStateChoices}
        emptyText="devcoach.coaching.keep_state"
      />
      <TextInput source="reason" multiline fullWidth helperText="devcoach.coaching.reason_help" />
    </SimpleForm>
  </Edit>
);
