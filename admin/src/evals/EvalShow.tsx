import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import {
  DateField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { ADMIN_API_URL } from '../providers/dataProvider';
import type { EvalRun } from './types';

/**
 * The report's own HTML page (transcripts, charts, the comparison), which the API renders from
 * the stored JSON. A plain link in a new tab: the session cookie goes with it, and the page keeps
 * its strict CSP instead of living inside the back office.
 */
const OpenReportButton = () => {
  const run = useRecordContext<EvalRun>();
  const translate = useTranslate();
  if (!run) {
    return null;
  }
  return (
    <Button
      component="a"
      size="small"
      href={`${ADMIN_API_URL}/evals/${encodeURIComponent(run.id)}/report`}
      target="_blank"
      rel="noopener"
      startIcon={<OpenInNewIcon />}
    >
      {translate('devcoach.evals.open_report')}
    </Button>
  );
};

/** Per run of the report: who passed, and why not when a persona did not. */
const RunSummaries = () => {
  const run = useRecordContext<EvalRun>();
  const translate = useTranslate();
  if (!run) {
    return null;
  }
  return (
    <>
      {run.summary.map((summary) => (
        <section key={summary.label}>
          <Typography component="h2" variant="h6" sx={{ mt: 2 }}>
            {translate('devcoach.evals.run', {
              label: summary.label,
              passed: summary.personasPassed,
              total: summary.personasTotal,
            })}
          </Typography>
          <Table size="small" aria-label={summary.label}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('devcoach.evals.persona')}</TableCell>
                <TableCell>{translate('devcoach.evals.result')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {summary.personas.map((persona) => (
                <TableRow key={persona.id}>
                  <TableCell>{persona.id}</TableCell>
                  <TableCell>
                    {persona.passed
                      ? translate('devcoach.evals.persona_passed')
                      : persona.graderFailures > 0
                        ? translate('devcoach.evals.persona_failed', { smart_count: persona.graderFailures })
                        : translate('devcoach.evals.persona_unfinished')}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      ))}
    </>
  );
};

export const EvalShow = () => (
  <Show
    actions={
      <TopToolbar>
        <OpenReportButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <DateField source="createdAt" showTime />
      <TextField source="provider" />
      <TextField source="model" emptyText="—" />
      <RunSummaries />
    </SimpleShowLayout>
  </Show>
);
