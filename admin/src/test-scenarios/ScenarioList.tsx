import {
  CreateButton,
  Datagrid,
  DateField,
  FunctionField,
  SearchInput,
  TextField,
  TopToolbar,
} from 'react-admin';
import { phaseChoices } from '../coaching/choices';
import { when } from '../coaching/dates';
import { ResponsiveList } from '../coaching/ResponsiveList';
import { useTranslate } from 'react-admin';
import type { TestScenario } from './types';

const scenarioFilters = [<SearchInput key="q" source="q" alwaysOn />];

const PhaseText = ({ phase }: { phase: string }) => {
  const translate = useTranslate();
  const choice = phaseChoices.find((candidate) => candidate.id === phase);
  return <>{choice ? translate(choice.name) : phase}</>;
};

const ListActions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);

/** Scenarios, last changed first: where each starts and how many test users it has. */
export const ScenarioList = () => (
  <ResponsiveList<TestScenario>
    sort={{ field: 'updatedAt', order: 'DESC' }}
    filters={scenarioFilters}
    actions={<ListActions />}
    primaryText={(scenario) => scenario.name}
    secondaryText={(scenario) => <PhaseText phase={scenario.state.phase} />}
    tertiaryText={(scenario) => `${scenario.testUsers.length} · ${when(scenario.updatedAt)}`}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="name" />
      <FunctionField<TestScenario>
        source="state.phase"
        sortable={false}
        render={(scenario) => <PhaseText phase={scenario.state.phase} />}
      />
      <FunctionField<TestScenario>
        source="identities"
        sortable={false}
        render={(scenario) => scenario.identities.length}
      />
      <FunctionField<TestScenario>
        source="testUsers"
        sortable={false}
        render={(scenario) => scenario.testUsers.length}
      />
      <DateField source="updatedAt" showTime />
    </Datagrid>
  </ResponsiveList>
);
