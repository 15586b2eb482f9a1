import { Datagrid, DateField, FunctionField, List, SimpleList, TextField, useTranslate } from 'react-admin';
import { useIsSmall } from '../common/useIsSmall';
import { type EvalRun, matchedVersions, passedText } from './types';

// Sortable on the server: createdAt, provider. Reports arrive from `npm run eval -- --post-to`.
export const EvalList = () => {
  const isSmall = useIsSmall();
  const translate = useTranslate();
  return (
    <List sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} exporter={false}>
      {isSmall ? (
        <SimpleList<EvalRun>
          primaryText={(run) => `${passedText(run)} · ${run.provider}`}
          secondaryText={(run) => new Date(run.createdAt).toLocaleString()}
          linkType="show"
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <DateField source="createdAt" showTime />
          <TextField source="provider" />
          <TextField source="model" emptyText="—" sortable={false} />
          <FunctionField<EvalRun> label="resources.evals.fields.passed" render={passedText} />
          <FunctionField<EvalRun> label="resources.evals.fields.promptVersions" render={matchedVersions} />
          <FunctionField<EvalRun>
            source="createdVia"
            sortable={false}
            render={(run) => translate(`devcoach.evals.via.${run.createdVia}`)}
          />
        </Datagrid>
      )}
    </List>
  );
};
