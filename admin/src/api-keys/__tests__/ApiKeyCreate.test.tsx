import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, stubFetch } from '../../test/fetchStub';
import { apiKeyFixture } from '../../test/fixtures';
import { renderAdmin } from '../../test/renderAdmin';
import { APP_TESTS, SLOW } from '../../test/slow';

const SECRET = 'dck_Xy3kP9aQr7LmN2bV5cT8wZ1dF4gH6jK0sU3eR9yA';

describe('ApiKeyCreate', APP_TESTS, () => {
  it('should show the new key once in a dialog and return to the list when it is closed', async () => {
    const key = apiKeyFixture({ scopes: ['prompts:read', 'eval:run'] });
    const { calls } = stubFetch({
      'POST /api/v1/admin/api-keys': () => json(201, { ...key, secret: SECRET }),
      'GET /api/v1/admin/api-keys': () => json(200, [key], { 'Content-Range': 'api-keys 0-0/1' }),
    });
    const { currentPath } = renderAdmin('/api-keys/create');

    fireEvent.change(await screen.findByLabelText(/^Name/, {}, SLOW), {
      target: { value: ' Prompt sync from CI ' },
    });
    fireEvent.click(screen.getByLabelText('Read prompts'));
    fireEvent.click(screen.getByLabelText('Run evaluations'));
    fireEvent.click(screen.getByRole('button', { name: 'Create key' }));

    const dialog = await screen.findByRole('dialog', { name: 'Your new key “Prompt sync from CI”' });
    expect(within(dialog).getByDisplayValue(SECRET)).toBeInTheDocument();
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      name: 'Prompt sync from CI',
      scopes: ['prompts:read', 'eval:run'],
    });

    fireEvent.click(within(dialog).getByRole('button', { name: 'I’ve saved it' }));

    await waitFor(() => expect(currentPath()).toBe('/admin/api-keys'));
    expect(await screen.findByText('Prompt sync from CI')).toBeInTheDocument();
    expect(screen.queryByDisplayValue(SECRET)).not.toBeInTheDocument();
  });

  it('should ask for at least one scope when none is ticked', async () => {
    const { calls } = stubFetch({});
    renderAdmin('/api-keys/create');

    fireEvent.change(await screen.findByLabelText(/^Name/, {}, SLOW), { target: { value: 'Nightly eval' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create key' }));

    expect(await screen.findByText('Choose at least one scope')).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'POST')).toEqual([]);
  });
});
