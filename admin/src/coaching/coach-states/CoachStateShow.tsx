import {
  DateField,
  EditButton,
  FunctionField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { ClientField } from '../ClientField';
import { categoryChoices, phaseChoices } from '../choices';
import type { CoachState } from '../types';

const listText = (values: string[]) => (values.length > 0 ? values.join(', ') : '—');

const CoachStateShowActions = () => (
  <TopToolbar>
    <EditButton />
  </TopToolbar>
);

export const CoachStateShow = () => (
  <Show actions={<CoachStateShowActions />}>
    <SimpleShowLayout>
      <ClientField />
      <SelectField source="currentPhase" choices={phaseChoices} />
      <SelectField source="identityFocus" choices={categoryChoices} />
      <FunctionField<CoachState>
        source="skippedCategories"
        render={(state) => listText(state.skippedCategories)}
      />
      <FunctionField<CoachState> source="whoYouAre" render={(state) => listText(state.whoYouAre)} />
      <FunctionField<CoachState> source="whoYouWantToBe" render={(state) => listText(state.whoYouWantToBe)} />
      <FunctionField<CoachState> source="shownVideos" render={(state) => listText(state.shownVideos)} />
      <FunctionField<CoachState>
        source="safetyHold"
        render={(state) =>
          state.safetyHold ? `${state.safetyHold.reason} (${state.safetyHold.since})` : '—'
        }
      />
      <TextField source="currentIdentityId" emptyText="—" />
      <DateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
