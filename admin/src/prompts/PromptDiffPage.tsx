import { Box, Card, CardContent, Chip, MenuItem, TextField, Typography } from '@mui/material';
import { Fragment } from 'react';
import { Loading, Title, useCreatePath, useGetList, useGetOne, useTranslate } from 'react-admin';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { type DiffRow, type Segment, sideBySide } from './sideBySide';
import { type PromptVersion, promptRepresentation } from './types';

// Light tints with dark text: readable (WCAG AA) in the default light theme.
const tint = { removed: '#ffebe9', added: '#e6ffec', removedWord: '#ffc0b8', addedWord: '#abf2bc' } as const;

const Side = ({ segments, side }: { segments: Segment[] | null; side: 'left' | 'right' }) => {
  const translate = useTranslate();
  if (!segments) {
    return <Box sx={{ bgcolor: 'action.hover' }} aria-hidden />;
  }
  return (
    <Box
      sx={{
        px: 1,
        whiteSpace: 'pre-wrap',
        overflowWrap: 'anywhere',
        fontFamily: 'monospace',
        fontSize: 13,
        minHeight: '1.4em',
      }}
    >
      {segments.map((segment, index) =>
        segment.changed ? (
          <Box
            key={index}
            component={side === 'left' ? 'del' : 'ins'}
            title={translate(side === 'left' ? 'devcoach.prompts.removed' : 'devcoach.prompts.added')}
            sx={{ bgcolor: side === 'left' ? tint.removedWord : tint.addedWord, textDecoration: 'none' }}
          >
            {segment.text}
          </Box>
        ) : (
          <Fragment key={index}>{segment.text}</Fragment>
        ),
      )}
    </Box>
  );
};

const rowTint = (row: DiffRow, side: 'left' | 'right') => {
  if (row.change === 'same') {
    return undefined;
  }
  if (side === 'left') {
    return row.left ? tint.removed : undefined;
  }
  return row.right ? tint.added : undefined;
};

const SideBySide = ({ from, to }: { from: PromptVersion; to: PromptVersion }) => {
  const translate = useTranslate();
  const rows = sideBySide(from.body, to.body);
  const changes = rows.filter((row) => row.change !== 'same').length;
  return (
    <Box>
      <Typography variant="body2" role="status" sx={{ mb: 1 }}>
        {changes === 0
          ? translate('devcoach.prompts.no_changes')
          : translate('devcoach.prompts.changed_lines', { smart_count: changes })}
      </Typography>
      <Box
        role="table"
        aria-label={translate('devcoach.prompts.diff_label', {
          from: promptRepresentation(from),
          to: promptRepresentation(to),
        })}
        sx={{ border: 1, borderColor: 'divider', borderRadius: 1, overflow: 'hidden' }}
      >
        <Box role="row" sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', bgcolor: 'action.selected' }}>
          <Typography role="columnheader" variant="subtitle2" sx={{ px: 1, py: 0.5 }}>
            {promptRepresentation(from)}
          </Typography>
          <Typography role="columnheader" variant="subtitle2" sx={{ px: 1, py: 0.5 }}>
            {promptRepresentation(to)}
          </Typography>
        </Box>
        {rows.map((row, index) => (
          <Box
            key={index}
            role="row"
            data-change={row.change}
            sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', borderTop: 1, borderColor: 'divider' }}
          >
            <Box role="cell" sx={{ bgcolor: rowTint(row, 'left'), borderRight: 1, borderColor: 'divider' }}>
              <Side segments={row.left} side="left" />
            </Box>
            <Box role="cell" sx={{ bgcolor: rowTint(row, 'right') }}>
              <Side segments={row.right} side="right" />
            </Box>
          </Box>
        ))}
      </Box>
    </Box>
  );
};

const ActionChanges = ({ from, to }: { from: PromptVersion; to: PromptVersion }) => {
  const translate = useTranslate();
  const added = to.allowedActions.filter((action) => !from.allowedActions.includes(action));
  const removed = from.allowedActions.filter((action) => !to.allowedActions.includes(action));
  if (added.length === 0 && removed.length === 0) {
    return null;
  }
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
      <Typography variant="body2">{translate('resources.prompts.fields.allowedActions')}:</Typography>
      {added.map((action) => (
        <Chip key={action} size="small" color="success" variant="outlined" label={`+ ${action}`} />
      ))}
      {removed.map((action) => (
        <Chip key={action} size="small" color="error" variant="outlined" label={`− ${action}`} />
      ))}
    </Box>
  );
};

/**
 * Any two versions of one template side by side, the differing lines and words highlighted.
 * The compared version is in the URL (`?against=<id>`, default: the one before), so a comparison
 * can be bookmarked or shared.
 */
export const PromptDiffPage = () => {
  const { id = '' } = useParams<'id'>();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const translate = useTranslate();
  const { data: to } = useGetOne<PromptVersion>('prompts', { id });
  const { data: history = [] } = useGetList<PromptVersion>(
    'prompts',
    {
      filter: { key: to?.key },
      sort: { field: 'version', order: 'DESC' },
      pagination: { page: 1, perPage: 100 },
    },
    { enabled: to !== undefined },
  );
  if (!to || history.length === 0) {
    return <Loading />;
  }
  const fallback =
    history.find((version) => version.version < to.version) ?? history.find((v) => v.id !== to.id);
  const against = search.get('against') ?? fallback?.id ?? to.id;
  const from = history.find((version) => version.id === against) ?? to;

  const pick = (which: 'from' | 'to', value: string) => {
    const [toId, fromId] = which === 'to' ? [value, from.id] : [to.id, value];
    void navigate(`${createPath({ resource: 'prompts', id: toId, type: 'edit' })}/diff?against=${fromId}`, {
      replace: true,
    });
  };

  const picker = (which: 'from' | 'to', value: PromptVersion) => (
    <TextField
      select
      size="small"
      label={translate(which === 'from' ? 'devcoach.prompts.diff_from' : 'devcoach.prompts.diff_to')}
      value={value.id}
      onChange={(event) => pick(which, event.target.value)}
      sx={{ minWidth: 220 }}
    >
      {history.map((version) => (
        <MenuItem key={version.id} value={version.id}>
          {`v${version.version}${version.isActive ? ` (${translate('devcoach.prompts.active')})` : ''}`}
        </MenuItem>
      ))}
    </TextField>
  );

  return (
    <>
      <Title title={translate('devcoach.prompts.diff_title', { key: to.key })} />
      <Card sx={{ mt: 2 }}>
        <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
            {picker('from', from)}
            {picker('to', to)}
          </Box>
          <ActionChanges from={from} to={to} />
          <SideBySide from={from} to={to} />
        </CardContent>
      </Card>
    </>
  );
};
