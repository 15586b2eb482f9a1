import { Card, CardActionArea, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { type DashboardFigures, formatCount, formatDollars } from './figures';

interface Figure {
  label: string;
  value: string;
  detail?: string;
  /** A list that shows what the number counts. */
  to?: string;
  attention?: boolean;
}

const q = (filter: object) => `?filter=${encodeURIComponent(JSON.stringify(filter))}`;

const figuresOf = (
  data: DashboardFigures,
  translate: (key: string, options?: object) => string,
): Figure[] => [
  {
    label: translate('devcoach.dashboard.turns_today'),
    value: formatCount(data.today.turns),
    detail: translate('devcoach.dashboard.tokens', { tokens: formatCount(data.today.tokens) }),
    to: '/turns',
  },
  {
    label: translate('devcoach.dashboard.turns_week'),
    value: formatCount(data.last7Days.turns),
    detail: translate('devcoach.dashboard.tokens', { tokens: formatCount(data.last7Days.tokens) }),
    to: '/turns',
  },
  {
    label: translate('devcoach.dashboard.cost_today'),
    value: formatDollars(data.today.costUsd),
    detail: translate('devcoach.dashboard.cost_week', { cost: formatDollars(data.last7Days.costUsd) }),
    to: '/usage',
  },
  {
    label: translate('devcoach.dashboard.failed_turns'),
    value: formatCount(data.last7Days.failed),
    detail: translate('devcoach.dashboard.failed_today', { count: formatCount(data.today.failed) }),
    to: `/turns${q({ status: ['failed'] })}`,
    attention: data.last7Days.failed > 0,
  },
  {
    label: translate('devcoach.dashboard.stuck_turns'),
    value: formatCount(data.stuckTurns),
    to: `/turns${q({ stuck: 'true' })}`,
    attention: data.stuckTurns > 0,
  },
  {
    label: translate('devcoach.dashboard.open_safety_events'),
    value: formatCount(data.openSafetyEvents),
    to: `/safety-events${q({ status: 'open' })}`,
    attention: data.openSafetyEvents > 0,
  },
  {
    label: translate('devcoach.dashboard.pending_invites'),
    value: formatCount(data.pendingInvites),
  },
];

const FigureBody = ({ figure }: { figure: Figure }) => (
  <CardContent>
    <Typography variant="body2" component="h3" color="text.secondary">
      {figure.label}
    </Typography>
    <Typography variant="h4" component="p" color={figure.attention ? 'error.dark' : 'text.primary'}>
      {figure.value}
    </Typography>
    {figure.detail ? (
      <Typography variant="body2" color="text.secondary">
        {figure.detail}
      </Typography>
    ) : null}
  </CardContent>
);

/** The numbers staff check first; each leads to the list behind it. */
export const FigureCards = ({ data }: { data: DashboardFigures }) => {
  const translate = useTranslate();
  return (
    <>
      {figuresOf(data, translate).map((figure) => (
        <Card key={figure.label} variant="outlined">
          {figure.to ? (
            <CardActionArea component={Link} to={figure.to} sx={{ height: '100%' }}>
              <FigureBody figure={figure} />
            </CardActionArea>
          ) : (
            <FigureBody figure={figure} />
          )}
        </Card>
      ))}
    </>
  );
};
