import { Alert } from '@mui/material';
import {
  Edit,
  type RaRecord,
  SelectInput,
  SimpleForm,
  TextInput,
  minLength,
  required,
  useTranslate,
} from 'react-admin';
import { categoryChoices, phaseChoices } from '../choices';
import { SaveOnlyToolbar } from '../SaveOnlyToolbar';

const toPatch = (data: RaRecord) => ({
  currentPhase: data.currentPhase as string,
  identityFocus: data.identityFocus as string,
  reason: data.reason as string,
});

/**
 * A support move: one phase on, or back to any earlier phase, and/or a new brainstorming focus.
 * The reason goes to the audit log; the engine refuses illegal moves and says why.
 */
export const CoachStateEdit = () => {
  const translate = useTranslate();
  return (
    <Edit mutationMode="pessimistic" transform={toPatch}>
      <SimpleForm toolbar={<SaveOnlyToolbar />}>
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('devcoach.coaching.phase_move_help')}
        </Alert>
        <SelectInput source="currentPhase" choices={phaseChoices} validate={required()} />
        <SelectInput source="identityFocus" choices={categoryChoices} validate={required()} />
        <TextInput
          source="reason"
          multiline
          fullWidth
          validate={[required(), minLength(3)]}
          helperText="devcoach.coaching.reason_required_help"
        />
      </SimpleForm>
    </Edit>
  );
};
