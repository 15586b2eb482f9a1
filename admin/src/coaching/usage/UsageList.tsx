import DownloadIcon from '@mui/icons-material/Download';
import type { components } from '@dev-coach/api-client';
import {
  Button,
  Datagrid,
  DateInput,
  FilterButton,
  NumberField,
  SelectField,
  SelectInput,
  TextField,
  TextInput,
  TopToolbar,
  useListContext,
} from 'react-admin';
import { ClientField } from '../ClientField';
import { clientFilter } from '../ClientFilter';
import { ResponsiveList } from '../ResponsiveList';

type UsageRow = components['schemas']['AdminUsageRowDto'];

// Text calls (chat, moderation) and the studio's image calls (docs/studio.md).
const kindChoices: { id: UsageRow['kind']; name: string }[] = [
  { id: 'text', name: 'devcoach.coaching.usage_kind.text' },
  { id: 'image', name: 'devcoach.coaching.usage_kind.image' },
];

const usageFilters = [
  <DateInput key="since" source="since" alwaysOn />,
  <DateInput key="until" source="until" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={kindChoices} alwaysOn />,
  <TextInput key="model" source="model" />,
  clientFilter,
];

const dollars = { style: 'currency', currency: 'USD', maximumFractionDigits: 4 } as const;

/** Downloads the rows the current filters select, as CSV, from the same API report. */
const ExportCsvButton = () => {
  const list = useListContext<UsageRow>();
  const filter = list.filterValues as Record<string, unknown>;
  const sort = list.sort;
  const query = new URLSearchParams({
    filter: JSON.stringify(filter),
    sort: JSON.stringify([sort.field, sort.order]),
  });
  return (
    <Button label="devcoach.coaching.export_csv" href={`/api/v1/admin/usage/export?${query.toString()}`}>
      <DownloadIcon />
    </Button>
  );
};

const UsageActions = () => (
  <TopToolbar>
    <FilterButton />
    <ExportCsvButton />
  </TopToolbar>
);

// Sortable on the server: day, calls, costUsd, totalTokens. Without "since" the API covers 30 days.
export const UsageList = () => (
  <ResponsiveList<UsageRow>
    rowLink={false}
    sort={{ field: 'day', order: 'DESC' }}
    filters={usageFilters}
    actions={<UsageActions />}
    primaryText={(row) => `${row.day} · ${row.kind} · ${row.model}`}
    secondaryText={(row) => `${row.calls} calls · ${row.totalTokens} tokens`}
    tertiaryText={(row) => `$${row.costUsd.toFixed(4)}`}
  >
    <Datagrid rowClick={false} bulkActionButtons={false}>
      <TextField source="day" />
      <ClientField source="userId" sortable={false} emptyText="—" />
      <SelectField source="kind" choices={kindChoices} sortable={false} />
      <TextField source="model" sortable={false} />
      <NumberField source="calls" />
      <NumberField source="errors" sortable={false} />
      <NumberField source="totalTokens" />
      <NumberField source="costUsd" options={dollars} />
    </Datagrid>
  </ResponsiveList>
);
