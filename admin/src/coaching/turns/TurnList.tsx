import {
  Datagrid,
  DateField,
  FunctionField,
  NumberField,
  SelectArrayInput,
  SelectInput,
  TextField,
  WrapperField,
} from 'react-admin';
import { ClientField } from '../ClientField';
import { clientFilter } from '../ClientFilter';
import { turnStatusChoices, yesNoChoices } from '../choices';
import { when } from '../dates';
import { ResponsiveList } from '../ResponsiveList';
import { FailTurnButton } from './FailTurnButton';
import { StuckChip, TurnStatusField } from './TurnFields';
import { totalTokens, type Turn } from './types';

const turnFilters = [
  <SelectArrayInput key="status" source="status" choices={turnStatusChoices} alwaysOn />,
  <SelectInput key="stuck" source="stuck" choices={yesNoChoices} alwaysOn />,
  clientFilter,
];

// Sortable on the server: createdAt, status.
export const TurnList = () => (
  <ResponsiveList<Turn>
    sort={{ field: 'createdAt', order: 'DESC' }}
    filters={turnFilters}
    primaryText={(turn) => turn.message ?? turn.buttonId ?? '—'}
    secondaryText={(turn) => `${turn.status}${turn.stuck ? ' · stuck' : ''} · ${when(turn.createdAt)}`}
    tertiaryText={(turn) => (turn.latencyMs === null ? '' : `${turn.latencyMs} ms`)}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <DateField source="createdAt" showTime />
      <ClientField source="userId" sortable={false} />
      <WrapperField label="resources.turns.fields.status" sortBy="status">
        <TurnStatusField />
        <StuckChip />
      </WrapperField>
      <TextField source="errorCode" sortable={false} emptyText="—" />
      <NumberField source="latencyMs" sortable={false} emptyText="—" />
      <NumberField source="ttftMs" sortable={false} emptyText="—" />
      <FunctionField<Turn>
        label="resources.turns.fields.tokens"
        render={(turn) => totalTokens(turn) ?? '—'}
      />
      <FailTurnButton />
    </Datagrid>
  </ResponsiveList>
);
