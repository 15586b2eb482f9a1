import { Link as MuiLink, Typography } from '@mui/material';
import { Labeled, useGetList, useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { type EvalRun, evalRepresentation, passedText } from './types';

/** On a prompt version: the newest stored evaluation whose report used this very version. */
export const LatestEvaluation = () => {
  const version = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const { data, isPending } = useGetList<EvalRun>(
    'evals',
    {
      filter: { promptVersionId: version?.id },
      sort: { field: 'createdAt', order: 'DESC' },
      pagination: { page: 1, perPage: 1 },
    },
    { enabled: version !== undefined },
  );
  if (!version || isPending) {
    return null;
  }
  const latest = data?.[0];
  return (
    <Labeled label="devcoach.evals.latest">
      {latest ? (
        <MuiLink component={Link} to={`/evals/${latest.id}/show`} variant="body2">
          {translate('devcoach.evals.latest_line', {
            passed: passedText(latest),
            date: evalRepresentation(latest),
          })}
        </MuiLink>
      ) : (
        <Typography variant="body2">{translate('devcoach.evals.none')}</Typography>
      )}
    </Labeled>
  );
};
