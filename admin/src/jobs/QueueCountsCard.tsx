import {
  Alert,
  Card,
  CardContent,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { useIsSmall } from '../common/useIsSmall';
import { JOB_STATES } from './types';
import { useJobCounts } from './useJobCounts';

/** Jobs per queue and state: a table on wide screens, one line per queue on phones. */
export const QueueCountsCard = () => {
  const translate = useTranslate();
  const isSmall = useIsSmall();
  const { data, error, isPending } = useJobCounts();
  return (
    <Card sx={{ mb: 2 }}>
      <CardContent>
        <Typography component="h2" variant="h6" gutterBottom>
          {translate('devcoach.jobs.counts_title')}
        </Typography>
        {error ? <Alert severity="error">{error.message}</Alert> : null}
        {isPending ? <Typography>{translate('ra.page.loading')}</Typography> : null}
        {data ? (
          <>
            <Typography variant="body2" sx={{ mb: 1 }}>
              {translate(`devcoach.jobs.driver.${data.driver}`)}
            </Typography>
            {isSmall ? (
              <ul style={{ margin: 0, paddingLeft: 0, listStyle: 'none' }}>
                {data.queues.map((counts) => (
                  <li key={counts.queue} style={{ padding: '6px 0' }}>
                    <Typography component="span" sx={{ fontWeight: 600 }}>
                      {translate(`devcoach.jobs.queue.${counts.queue}`)}
                    </Typography>
                    <Typography component="span" variant="body2" sx={{ display: 'block' }}>
                      {JOB_STATES.map(
                        (state) => `${counts[state]} ${translate(`devcoach.jobs.state.${state}`)}`,
                      ).join(' · ')}
                    </Typography>
                  </li>
                ))}
              </ul>
            ) : (
              <Table size="small" aria-label={translate('devcoach.jobs.counts_title')}>
                <TableHead>
                  <TableRow>
                    <TableCell component="th" scope="col">
                      {translate('devcoach.jobs.queue_column')}
                    </TableCell>
                    {JOB_STATES.map((state) => (
                      <TableCell key={state} component="th" scope="col" align="right">
                        {translate(`devcoach.jobs.state.${state}`)}
                      </TableCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.queues.map((counts) => (
                    <TableRow key={counts.queue}>
                      <TableCell component="th" scope="row">
                        {translate(`devcoach.jobs.queue.${counts.queue}`)}
                      </TableCell>
                      {JOB_STATES.map((state) => (
                        <TableCell
                          key={state}
                          align="right"
                          sx={
                            state === 'failed' && counts.failed > 0
                              ? { color: 'error.main', fontWeight: 600 }
                              : {}
                          }
                        >
                          {counts[state]}
                        </TableCell>
                      ))}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </>
        ) : null}
      </CardContent>
    </Card>
  );
};
