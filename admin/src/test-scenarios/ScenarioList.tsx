import {
  CreateButton,
  Datagrid,
  DateField,
  FunctionField,
  SearchInput,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { phaseChoices } from '../coaching/choices';
import { ResponsiveList } from '../coaching/ResponsiveList';
import type { TestScenario } from './types';

const scenarioFilters = [<SearchInput key="q" source="q" alwaysOn />];

const PhaseText = ({ phase }: { phase: string }) => {
  const translate = useTranslate();
  const choice = phaseChoices.find((candidate) => candidate.id === phase);
  return <>{choice ? translate(choice.name) : phase}</>;
};

const TestUserCount = ({ scenario }: { scenario: TestScenario }) => {
  const translate = useTranslate();
  return <>{translate('devcoach.scenarios.test_users_count', { smart_count: scenario.testUsers.length })}</>;
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
    tertiaryText={(scenario) => <TestUserCount scenario={scenario} />}
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
