import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, stubFetch } from '../../test/fetchStub';
import { renderAdmin } from '../../test/renderAdmin';
import { APP_TESTS, SLOW } from '../../test/slow';
import { promptFixture } from './promptFixture';

const v2 = promptFixture();
const v3 = promptFixture({
  id: 'c9a2d1ef-2b3c-4d5e-8f90-1b2c3d4e5f60',
  version: 3,
  isActive: false,
  body: 'Phase: identity refinement.\nOffer two name options.\n{{current_identity}}\n',
  changeNote: 'Two options are easier to choose from',
  allowedActions: ['rename_identity', 'accept_refinement', 'transition_phase'],
});

describe('prompt pages', APP_TESTS, () => {
  it('should show two versions side by side with the changed words and actions marked', async () => {
    stubFetch({
      [`GET /api/v1/admin/prompts/${v3.id}`]: () => json(200, v3),
      'GET /api/v1/admin/prompts': () => json(200, [v3, v2], { 'Content-Range': 'prompts 0-1/2' }),
    });

    renderAdmin(`/prompts/${v3.id}/diff`, { role: 'staff' });

    const table = await screen.findByRole(
      'table',
      { name: /from phase:identity_refinement v2 to phase:identity_refinement v3/ },
      SLOW,
    );
    expect(within(table).getByText('three', { selector: 'del' })).toBeInTheDocument();
    expect(within(table).getByText('two', { selector: 'ins' })).toBeInTheDocument();
    expect(screen.getByText('+ transition_phase')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Compare versions of phase:identity_refinement' }),
    ).toBeInTheDocument();
  });

  it('should show the API’s placeholder error next to the text when a new version is refused', async () => {
    const { calls } = stubFetch({
      'POST /api/v1/admin/prompts': () =>
        json(400, {
          statusCode: 400,
          code: 'validation_failed',
          message: 'The template is not valid.',
          details: [{ field: 'body', message: 'unknown placeholder {{favourite_colour}}' }],
        }),
    });
    const draft = { kind: 'system', body: 'Hello {{favourite_colour}}' };
    renderAdmin(`/prompts/create?source=${encodeURIComponent(JSON.stringify(draft))}`, { role: 'staff' });

    fireEvent.change(await screen.findByLabelText(/Change note/, {}, SLOW), {
      target: { value: 'Warmer hello' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('unknown placeholder {{favourite_colour}}', {}, SLOW)).toBeInTheDocument();
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      kind: 'system',
      body: 'Hello {{favourite_colour}}',
      changeNote: 'Warmer hello',
      activate: false,
    });
  });

  it('should mark the active version in the list of prompts in use', async () => {
    const { calls } = stubFetch({
      'GET /api/v1/admin/prompts': () => json(200, [v2], { 'Content-Range': 'prompts 0-0/1' }),
    });
    renderAdmin('/prompts', { role: 'staff' });

    expect(await screen.findByText('phase:identity_refinement', {}, SLOW)).toBeInTheDocument();
    expect(screen.getByText('Active')).toBeInTheDocument();
    const url = new URL(calls[0]?.url ?? '', 'http://localhost');
    expect(JSON.parse(url.searchParams.get('filter') ?? '{}')).toEqual({ active: true });
  });
});
