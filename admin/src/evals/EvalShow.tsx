import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { DateField, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import type { EvalRun } from './types';

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
  <Show>
    <SimpleShowLayout>
      <DateField source="createdAt" showTime />
      <TextField source="provider" />
      <TextField source="model" emptyText="—" />
      <RunSummaries />
    </SimpleShowLayout>
  </Show>
);
