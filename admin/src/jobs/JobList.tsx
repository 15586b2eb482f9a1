import { Typography } from '@mui/material';
import {
  Datagrid,
  DateField,
  FunctionField,
  List,
  SelectArrayInput,
  SelectField,
  TextField,
  useTranslate,
} from 'react-admin';
import { useIsSmall } from '../common/useIsSmall';
import { FailedJobCards } from './FailedJobCards';
import { QueueCountsCard } from './QueueCountsCard';
import { RetryJobButton } from './RetryJobButton';
import { type FailedJob, queueChoices } from './types';

const jobFilters = [<SelectArrayInput key="queue" source="queue" choices={queueChoices} alwaysOn />];

/**
 * The queues at a glance and the jobs that ran out of attempts, newest failure first, each with
 * its last error and a Retry. Sorted on the server by failure time only.
 */
export const JobList = () => {
  const isSmall = useIsSmall();
  const translate = useTranslate();
  return (
    <>
      <QueueCountsCard />
      <Typography component="h2" variant="h6" sx={{ mx: { xs: 1, sm: 0 } }}>
        {translate('devcoach.jobs.failed_title')}
      </Typography>
      <List
        sort={{ field: 'failedAt', order: 'DESC' }}
        perPage={25}
        filters={jobFilters}
        exporter={false}
        actions={false}
        empty={false}
        sx={{ '& .RaList-main': { mt: 0 } }}
      >
        {isSmall ? (
          <FailedJobCards />
        ) : (
          <Datagrid
            rowClick={false}
            bulkActionButtons={false}
            empty={<Typography sx={{ p: 2 }}>{translate('devcoach.jobs.none_failed')}</Typography>}
          >
            <DateField source="failedAt" showTime />
            <SelectField source="queue" choices={queueChoices} sortable={false} />
            <TextField source="name" sortable={false} />
            <TextField source="error" sortable={false} sx={{ wordBreak: 'break-word' }} />
            <FunctionField<FailedJob>
              source="attemptsMade"
              sortable={false}
              render={(job) =>
                translate('devcoach.jobs.attempts', { made: job.attemptsMade, max: job.maxAttempts })
              }
            />
            <RetryJobButton />
          </Datagrid>
        )}
      </List>
    </>
  );
};
