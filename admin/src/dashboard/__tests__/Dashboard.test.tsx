import { render, screen } from '@testing-library/react';
import { AdminContext } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { i18nProvider } from '../../providers/i18nProvider';
import { json, stubFetch } from '../../test/fetchStub';
import { Dashboard } from '../Dashboard';
import { DASHBOARD_URL, type DashboardFigures } from '../figures';
import { READINESS_URL } from '../readiness';

const figures: DashboardFigures = {
  clientsByPhase: [
    { phase: 'introduction', clients: 3 },
    { phase: 'identity_brainstorming', clients: 5 },
  ],
  today: { turns: 42, failed: 2, tokens: 12_345, costUsd: 1.5 },
  last7Days: { turns: 300, failed: 4, tokens: 99_000, costUsd: 9.25 },
  daily: [{ day: '2026-12-04', turns: 42, failed: 2, tokens: 12_345 }],
  stuckTurns: 1,
  openSafetyEvents: 2,
  pendingInvites: 7,
  generatedAt: '2026-12-04T12:00:00.000Z',
};

const renderDashboard = () =>
  render(
    <AdminContext i18nProvider={i18nProvider}>
      <Dashboard />
    </AdminContext>,
  );

describe('Dashboard', () => {
  it('should show the programme figures with links to the lists behind them', async () => {
    stubFetch({
      [`GET ${DASHBOARD_URL}`]: () => json(200, figures),
      [`GET ${READINESS_URL}`]: () => json(200, { status: 'ok', checks: {} }),
    });

    renderDashboard();

    expect(await screen.findByText('Turns today', {}, { timeout: 8000 })).toBeInTheDocument();
    expect(screen.getByText('42')).toBeInTheDocument();
    expect(screen.getByText('12,345 tokens')).toBeInTheDocument();
    expect(screen.getByText('$1.50')).toBeInTheDocument();
    expect(screen.getByText('$9.25 over 7 days')).toBeInTheDocument();
    expect(screen.getByText('Open safety events').closest('a')).toHaveAttribute(
      'href',
      expect.stringContaining(`/safety-events?filter=${encodeURIComponent('{"status":"open"}')}`),
    );
    expect(screen.getByText('Clients by phase')).toBeInTheDocument();
  }, 20_000);

  it('should show each check status when the server is ready', async () => {
    stubFetch({
      [`GET ${READINESS_URL}`]: () =>
        json(200, {
          status: 'ok',
          checks: { database: { status: 'up', latencyMs: 3 }, queue: { status: 'up', latencyMs: 1 } },
        }),
    });

    renderDashboard();

    expect(await screen.findByText('Ready')).toBeInTheDocument();
    expect(screen.getByText('Database')).toBeInTheDocument();
    expect(screen.getByText('Queue')).toBeInTheDocument();
    expect(screen.getAllByText('Up')).toHaveLength(2);
    expect(screen.getByText('3 ms')).toBeInTheDocument();
  });

  it('should show the failing check when the server answers 503', async () => {
    stubFetch({
      [`GET ${READINESS_URL}`]: () =>
        json(503, {
          status: 'error',
          checks: {
            database: { status: 'down', latencyMs: 2001, error: 'ConnectionError' },
            queue: { status: 'up', latencyMs: 1 },
          },
        }),
    });

    renderDashboard();

    expect(await screen.findByText('Degraded')).toBeInTheDocument();
    expect(screen.getByText('Down')).toBeInTheDocument();
    expect(screen.getByText('ConnectionError')).toBeInTheDocument();
  });

  it('should warn when the readiness endpoint cannot be reached', async () => {
    stubFetch({ [`GET ${READINESS_URL}`]: () => new Response('Bad gateway', { status: 502 }) });

    renderDashboard();

    expect(
      await screen.findByText('The readiness endpoint could not be reached.', {}, { timeout: 4000 }),
    ).toBeInTheDocument();
  });
});
