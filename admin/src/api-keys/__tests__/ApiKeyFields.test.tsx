import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, stubFetch } from '../../test/fetchStub';
import { apiKeyFixture } from '../../test/fixtures';
import { renderAdmin } from '../../test/renderAdmin';
import { APP_TESTS, SLOW } from '../../test/slow';

const ID = '9d7d3c2e-2b7a-4a4f-8f0e-0c6b1f2d3e4f';

/** Name, a scope, expiry and rate limit, each with its hint. */
const expectKeyFields = () => {
  for (const label of [/^Name/, 'Read prompts', 'Expires', 'Requests per minute']) {
    expect(screen.getByLabelText(label)).toBeInTheDocument();
  }
  expect(screen.getByText(/tells you later what it is for/)).toBeInTheDocument();
  expect(screen.getByText(/works until you revoke it/)).toBeInTheDocument();
  expect(screen.getByText(/only the platform’s own limits/)).toBeInTheDocument();
};

describe('ApiKeyFields', APP_TESTS, () => {
  it('should give the create and the edit form the same fields with the same hints', async () => {
    stubFetch({ [`GET /api/v1/admin/api-keys/${ID}`]: () => json(200, apiKeyFixture()) });
    const created = renderAdmin('/api-keys/create');
    await screen.findByLabelText(/^Name/, {}, SLOW);
    expectKeyFields();
    created.unmount();

    renderAdmin(`/api-keys/${ID}`);
    expect(await screen.findByLabelText(/^Name/, {}, SLOW)).toHaveValue('Prompt sync from CI');
    expectKeyFields();
  });

  it('should show the API’s reason next to the name when it refuses a new key', async () => {
    // react-admin logs failed saves; the message on screen is what matters here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    stubFetch({
      'POST /api/v1/admin/api-keys': () =>
        json(400, {
          statusCode: 400,
          code: 'validation_failed',
          message: 'Validation failed',
          details: [{ field: 'name', message: 'A key with this name already exists.' }],
        }),
    });
    renderAdmin('/api-keys/create');

    fireEvent.change(await screen.findByLabelText(/^Name/, {}, SLOW), { target: { value: 'HR portal' } });
    fireEvent.click(screen.getByLabelText('Read prompts'));
    fireEvent.click(screen.getByRole('button', { name: 'Create key' }));

    expect(await screen.findByText('A key with this name already exists.', {}, SLOW)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
