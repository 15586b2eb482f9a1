import { render, screen } from '@testing-library/react';
import { AdminContext } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { i18nProvider } from '../../providers/i18nProvider';
import { json, stubFetch } from '../../test/fetchStub';
import { Dashboard } from '../Dashboard';
import { READINESS_URL } from '../readiness';

const renderDashboard = () =>
  render(
    <AdminContext i18nProvider={i18nProvider}>
      <Dashboard />
    </AdminContext>,
  );

describe('Dashboard', () => {
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
