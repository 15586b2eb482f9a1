import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, stubFetch } from '../../test/fetchStub';
import { apiKeyFixture } from '../../test/fixtures';
import { renderAdmin } from '../../test/renderAdmin';
import { APP_TESTS, SLOW } from '../../test/slow';

const ID = '9d7d3c2e-2b7a-4a4f-8f0e-0c6b1f2d3e4f';

describe('API key limits', APP_TESTS, () => {
  it('should send the expiry and rate limit when a key is created with them', async () => {
    const key = apiKeyFixture({ scopes: ['users:read'], rateLimitPerMinute: 120 });
    const { calls } = stubFetch({
      'POST /api/v1/admin/api-keys': () => json(201, { ...key, secret: `dck_${'a'.repeat(43)}` }),
    });
    renderAdmin('/api-keys/create');

    fireEvent.change(await screen.findByLabelText(/^Name/, {}, SLOW), { target: { value: 'HR portal' } });
    fireEvent.click(screen.getByLabelText('See client accounts'));
    fireEvent.change(screen.getByLabelText('Expires'), { target: { value: '2031-06-30T09:30' } });
    fireEvent.change(screen.getByLabelText('Requests per minute'), { target: { value: '120' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create key' }));

    await screen.findByRole('dialog', {}, SLOW);
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      name: 'HR portal',
      scopes: ['users:read'],
      expiresAt: new Date('2031-06-30T09:30').toISOString(),
      rateLimitPerMinute: 120,
    });
  });

  it('should show an expired key with an Expired badge and open it for renewal when it is listed', async () => {
    stubFetch({
      'GET /api/v1/admin/api-keys': () =>
        json(
          200,
          [
            apiKeyFixture({
              name: 'Old sync',
              status: 'expired',
              expiresAt: '2026-11-01T00:00:00.000Z',
              lastUsedAt: '2026-10-31T12:00:00.000Z',
            }),
          ],
          { 'Content-Range': 'api-keys 0-0/1' },
        ),
    });
    renderAdmin('/api-keys');
    const row = (await screen.findByText('Old sync', {}, SLOW)).closest('tr');
    expect(row).not.toBeNull();
    expect(within(row as HTMLElement).getByText(/^Expired /)).toBeInTheDocument();
    expect(within(row as HTMLElement).getByRole('link', { name: /Edit/ })).toBeInTheDocument();
  });

  it('should send only the changes and null for a cleared limit when a key is edited', async () => {
    const key = apiKeyFixture({
      scopes: ['users:read'],
      expiresAt: '2031-01-01T00:00:00.000Z',
      rateLimitPerMinute: 60,
    });
    const { calls } = stubFetch({
      [`GET /api/v1/admin/api-keys/${ID}`]: () => json(200, key),
      [`PATCH /api/v1/admin/api-keys/${ID}`]: () => json(200, { ...key, rateLimitPerMinute: null }),
      'GET /api/v1/admin/api-keys': () => json(200, [key], { 'Content-Range': 'api-keys 0-0/1' }),
    });
    const { currentPath } = renderAdmin(`/api-keys/${ID}`);

    const limit = await screen.findByLabelText('Requests per minute', {}, SLOW);
    await waitFor(() => expect(limit).toHaveValue(60));
    fireEvent.change(limit, { target: { value: '' } });
    fireEvent.click(screen.getByLabelText('Send and revoke invitations'));
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(currentPath()).toBe('/admin/api-keys'), SLOW);
    expect(calls.find((call) => call.method === 'PATCH')?.body).toEqual({
      scopes: ['users:read', 'invites:write'],
      rateLimitPerMinute: null,
    });
  });
});
