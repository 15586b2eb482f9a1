import { Datagrid, DateField, FunctionField, SelectArrayInput, SelectField } from 'react-admin';
import { ClientField } from '../ClientField';
import { clientFilter } from '../ClientFilter';
import { categoryChoices, phaseChoices } from '../choices';
import { when } from '../dates';
import { ResponsiveList } from '../ResponsiveList';
import type { CoachState } from '../types';

const stateFilters = [
  <SelectArrayInput key="phase" source="phase" choices={phaseChoices} alwaysOn />,
  clientFilter,
];

// Sortable on the server: updatedAt, createdAt.
export const CoachStateList = () => (
  <ResponsiveList<CoachState>
    sort={{ field: 'updatedAt', order: 'DESC' }}
    filters={stateFilters}
    primaryText={(state) => state.currentPhase.replaceAll('_', ' ')}
    secondaryText={(state) => `${state.safetyHold ? 'safety hold · ' : ''}${when(state.updatedAt)}`}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <ClientField source="userId" sortable={false} />
      <SelectField source="currentPhase" choices={phaseChoices} sortable={false} />
      <SelectField source="identityFocus" choices={categoryChoices} sortable={false} />
      <FunctionField<CoachState>
        label="resources.coach-states.fields.safetyHold"
        render={(state) => (state.safetyHold ? when(state.safetyHold.since) : '—')}
      />
      <DateField source="updatedAt" showTime />
    </Datagrid>
  </ResponsiveList>
);
