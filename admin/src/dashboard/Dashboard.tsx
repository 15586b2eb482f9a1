import RefreshIcon from '@mui/icons-material/Refresh';
import {
  Alert,
  Box,
  Card,
  CardContent,
  CardHeader,
  Chip,
  IconButton,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Title, useTranslate } from 'react-admin';
import { PhaseChart, WeekChart } from './DashboardCharts';
import { FigureCards } from './FigureCards';
import { fetchDashboard } from './figures';
import { fetchReadiness, type Readiness } from './readiness';

const REFRESH_INTERVAL_MS = 30_000;

const overallChip = (status: Readiness['status'] | undefined) => {
  switch (status) {
    case 'ok':
      return { label: 'devcoach.dashboard.status_ok', color: 'success' } as const;
    case 'error':
      return { label: 'devcoach.dashboard.status_error', color: 'error' } as const;
    case undefined:
      return { label: 'devcoach.dashboard.status_unknown', color: 'default' } as const;
  }
};

const ReadinessCard = () => {
  const translate = useTranslate();
  const { data, error, isPending, isFetching, refetch, dataUpdatedAt } = useQuery({
    queryKey: ['health', 'ready'],
    queryFn: ({ signal }) => fetchReadiness(signal),
    refetchInterval: REFRESH_INTERVAL_MS,
    retry: 1,
  });
  const chip = overallChip(error ? undefined : data?.status);
  const checks = data ? Object.entries(data.checks) : [];

  return (
    <Card>
      <CardHeader
        title={translate('devcoach.dashboard.readiness')}
        subheader={
          dataUpdatedAt
            ? translate('devcoach.dashboard.checked_at', {
                time: new Date(dataUpdatedAt).toLocaleTimeString(),
              })
            : undefined
        }
        action={
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            <Chip label={translate(chip.label)} color={chip.color} size="small" />
            <Tooltip title={translate('devcoach.dashboard.refresh')}>
              <span>
                <IconButton
                  aria-label={translate('devcoach.dashboard.refresh')}
                  onClick={() => void refetch()}
                  disabled={isFetching}
                  size="small"
                >
                  <RefreshIcon fontSize="small" />
                </IconButton>
              </span>
            </Tooltip>
          </Box>
        }
      />
      {isFetching ? <LinearProgress /> : <Box sx={{ height: 4 }} />}
      <CardContent>
        {error ? (
          <Alert severity="warning">{translate('devcoach.dashboard.unreachable')}</Alert>
        ) : isPending ? null : checks.length === 0 ? (
          <Typography variant="body2">{translate('devcoach.dashboard.no_checks')}</Typography>
        ) : (
          <Table size="small" aria-label={translate('devcoach.dashboard.readiness')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('devcoach.dashboard.column_check')}</TableCell>
                <TableCell>{translate('devcoach.dashboard.column_status')}</TableCell>
                <TableCell align="right">{translate('devcoach.dashboard.column_latency')}</TableCell>
                <TableCell>{translate('devcoach.dashboard.column_error')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {checks.map(([name, check]) => (
                <TableRow key={name}>
                  <TableCell component="th" scope="row">
                    {translate(`devcoach.dashboard.checks.${name}`, { _: name })}
                  </TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      variant="outlined"
                      color={check.status === 'up' ? 'success' : 'error'}
                      label={translate(
                        check.status === 'up'
                          ? 'devcoach.dashboard.check_up'
                          : 'devcoach.dashboard.check_down',
                      )}
                    />
                  </TableCell>
                  <TableCell align="right">
                    {translate('devcoach.dashboard.latency', { ms: check.latencyMs })}
                  </TableCell>
                  <TableCell>{check.error ?? '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
};

const CoachingFigures = () => {
  const translate = useTranslate();
  const { data, error } = useQuery({
    queryKey: ['admin', 'dashboard'],
    queryFn: ({ signal }) => fetchDashboard(signal),
    refetchInterval: REFRESH_INTERVAL_MS,
  });
  if (error) {
    return <Alert severity="warning">{translate('devcoach.dashboard.figures_unavailable')}</Alert>;
  }
  if (!data) {
    return <LinearProgress aria-label={translate('devcoach.dashboard.loading')} />;
  }
  return (
    <>
      <Box
        component="section"
        aria-label={translate('devcoach.dashboard.figures')}
        sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))' }}
      >
        <FigureCards data={data} />
      </Box>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
        <PhaseChart data={data} />
        <WeekChart data={data} />
      </Box>
    </>
  );
};

/** The programme at a glance, then whether the server itself is healthy. */
export const Dashboard = () => (
  <Box sx={{ mt: 2, mb: 4, display: 'grid', gap: 2 }}>
    <Title title="devcoach.dashboard.title" />
    <CoachingFigures />
    <Box sx={{ maxWidth: 720 }}>
      <ReadinessCard />
    </Box>
  </Box>
);
