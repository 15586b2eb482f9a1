import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, stubFetch } from '../test/fetchStub';
import { renderAdmin } from '../test/renderAdmin';
import { APP_TESTS, SLOW } from '../test/slow';

const ready = () => json(200, { status: 'ok', checks: {} });

describe('App menu', APP_TESTS, () => {
  it('should offer invites and API keys when a superuser is signed in', async () => {
    stubFetch({ 'GET /health/ready': ready });

    renderAdmin('/', { role: 'superuser' });

    for (const item of ['Users', 'Invites', 'API keys', 'Email outbox', 'Audit log']) {
      expect(await screen.findByRole('menuitem', { name: item }, SLOW)).toBeInTheDocument();
    }
  });

  it('should leave out invites and API keys when a staff member is signed in', async () => {
    stubFetch({ 'GET /health/ready': ready });

    renderAdmin('/', { role: 'staff' });

    expect(await screen.findByRole('menuitem', { name: 'Users' }, SLOW)).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: 'Audit log' })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'Invites' })).not.toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'API keys' })).not.toBeInTheDocument();
  });
});
