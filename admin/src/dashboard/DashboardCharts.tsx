import { Card, CardContent, CardHeader } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslate } from 'react-admin';
import type { DashboardFigures } from './figures';

const CHART_HEIGHT = 280;

/** Where clients are in the curriculum: one bar per phase, in order. */
export const PhaseChart = ({ data }: { data: DashboardFigures }) => {
  const translate = useTranslate();
  const title = translate('devcoach.dashboard.clients_by_phase');
  return (
    <Card variant="outlined">
      <CardHeader title={title} titleTypographyProps={{ variant: 'h6', component: 'h2' }} />
      <CardContent>
        <BarChart
          height={CHART_HEIGHT}
          layout="horizontal"
          yAxis={[
            {
              scaleType: 'band',
              data: data.clientsByPhase.map((row) => translate(`devcoach.coaching.phase.${row.phase}`)),
              width: 150,
            },
          ]}
          series={[
            {
              data: data.clientsByPhase.map((row) => row.clients),
              label: translate('devcoach.dashboard.clients'),
            },
          ]}
          hideLegend
          aria-label={title}
        />
      </CardContent>
    </Card>
  );
};

/** Turns per day over the week, failed ones stacked on top in their own colour. */
export const WeekChart = ({ data }: { data: DashboardFigures }) => {
  const translate = useTranslate();
  const title = translate('devcoach.dashboard.turns_per_day');
  return (
    <Card variant="outlined">
      <CardHeader title={title} titleTypographyProps={{ variant: 'h6', component: 'h2' }} />
      <CardContent>
        <BarChart
          height={CHART_HEIGHT}
          xAxis={[{ scaleType: 'band', data: data.daily.map((row) => row.day.slice(5)) }]}
          series={[
            {
              data: data.daily.map((row) => row.turns - row.failed),
              label: translate('devcoach.dashboard.completed'),
              stack: 'turns',
            },
            {
              data: data.daily.map((row) => row.failed),
              label: translate('devcoach.dashboard.failed'),
              stack: 'turns',
              color: '#c62828',
            },
          ]}
          aria-label={title}
        />
      </CardContent>
    </Card>
  );
};
