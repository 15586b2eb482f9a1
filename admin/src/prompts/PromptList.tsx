import {
  BooleanInput,
  Datagrid,
  DateField,
  FunctionField,
  List,
  NumberField,
  SearchInput,
  SelectInput,
  SimpleList,
  TextField,
  useTranslate,
} from 'react-admin';
import { useIsSmall } from '../common/useIsSmall';
import { PromptActiveField } from './PromptActiveField';
import { kindChoices, phaseChoices, type PromptVersion, promptRepresentation } from './types';

const promptFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={kindChoices} alwaysOn />,
  <SelectInput key="phase" source="phase" choices={phaseChoices} />,
  <BooleanInput key="active" source="active" alwaysOn />,
];

/**
 * Prompt versions by key. By default only the active version of each template shows; switch
 * "Active only" off to see every version.
 */
export const PromptList = () => {
  const isSmall = useIsSmall();
  const translate = useTranslate();
  return (
    <List
      sort={{ field: 'key', order: 'ASC' }}
      perPage={50}
      filters={promptFilters}
      filterDefaultValues={{ active: true }}
      exporter={false}
    >
      {isSmall ? (
        <SimpleList<PromptVersion>
          primaryText={(prompt) => promptRepresentation(prompt)}
          secondaryText={(prompt) => prompt.changeNote || translate(`devcoach.prompts.kind.${prompt.kind}`)}
          tertiaryText={(prompt) => (prompt.isActive ? translate('devcoach.prompts.active') : '')}
          linkType="show"
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="key" sx={{ fontFamily: 'monospace' }} />
          <FunctionField<PromptVersion>
            source="kind"
            sortable={false}
            render={(prompt) => translate(`devcoach.prompts.kind.${prompt.kind}`)}
          />
          <NumberField source="version" />
          <PromptActiveField source="isActive" sortable={false} />
          <TextField source="changeNote" sortable={false} emptyText="—" />
          <DateField source="createdAt" showTime />
        </Datagrid>
      )}
    </List>
  );
};
