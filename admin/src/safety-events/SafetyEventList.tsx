import {
  Datagrid,
  DateField,
  FunctionField,
  List,
  NumberField,
  SearchInput,
  SelectArrayInput,
  SelectInput,
  SimpleList,
  useTranslate,
} from 'react-admin';
import { useIsSmall } from '../common/useIsSmall';
import { SafetyEventSourceField, SafetyEventStatusField } from './SafetyEventFields';
import { clientOf, type SafetyEventSummary, safetySourceChoices, safetyStatusChoices } from './types';

const safetyFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={safetyStatusChoices} alwaysOn />,
  <SelectArrayInput key="flaggedBy" source="flaggedBy" choices={safetySourceChoices} />,
];

const scoreOptions = { style: 'percent' } as const;

/**
 * The queue: open events first (then newest first), so nobody waits behind resolved ones. Sortable
 * on the server: status, createdAt, resolvedAt.
 */
export const SafetyEventList = () => {
  const isSmall = useIsSmall();
  const translate = useTranslate();
  return (
    <List sort={{ field: 'status', order: 'ASC' }} perPage={25} filters={safetyFilters} exporter={false}>
      {isSmall ? (
        <SimpleList<SafetyEventSummary>
          primaryText={(event) => event.messageText || translate('devcoach.safety.textRemoved')}
          secondaryText={(event) => `${clientOf(event)} · ${new Date(event.createdAt).toLocaleString()}`}
          tertiaryText={(event) => translate(`devcoach.safety.status.${event.status}`)}
          linkType="show"
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <DateField source="createdAt" showTime />
          <FunctionField<SafetyEventSummary>
            source="userName"
            sortable={false}
            render={(event) => clientOf(event)}
          />
          <FunctionField<SafetyEventSummary>
            source="messageText"
            sortable={false}
            render={(event) => event.messageText || translate('devcoach.safety.textRemoved')}
            sx={{
              display: '-webkit-box',
              WebkitLineClamp: 2,
              WebkitBoxOrient: 'vertical',
              overflow: 'hidden',
            }}
          />
          <SafetyEventSourceField source="flaggedBy" sortable={false} />
          <NumberField source="classifierScore" options={scoreOptions} sortable={false} />
          <SafetyEventStatusField source="status" />
        </Datagrid>
      )}
    </List>
  );
};
