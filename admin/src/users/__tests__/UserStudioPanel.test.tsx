import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, stubFetch } from '../../test/fetchStub';
import { userFixture } from '../../test/fixtures';
import { renderAdmin } from '../../test/renderAdmin';
import { APP_TESTS, SLOW } from '../../test/slow';

const ann = userFixture();
const USER = `/api/v1/admin/users/${ann.id}`;

const draft = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  identityId: 'i1',
  parentId: null,
  status: 'ready',
  instruction: null,
  errorCode: null,
  saved: false,
  createdAt: '2026-12-04T10:00:00.000Z',
  imageUrl: `/api/v1/admin/studio/drafts/${id}/image`,
  thumbnailUrl: `/api/v1/admin/studio/drafts/${id}/thumbnail`,
  demo: true,
  ...overrides,
});

const studio = {
  open: false,
  override: false,
  quota: { used: 3, limit: 20, resetsAt: '2026-12-05T00:00:00.000Z' },
  appearance: { description: 'Short grey hair, glasses', updatedAt: '2026-12-04T09:00:00.000Z' },
  references: [
    {
      id: 'r1',
      contentType: 'image/jpeg',
      width: 800,
      height: 600,
      url: '/api/v1/admin/studio/references/r1/image',
      thumbnailUrl: '/api/v1/admin/studio/references/r1/thumbnail',
      createdAt: '2026-12-04T09:00:00.000Z',
    },
  ],
  identities: [
    {
      id: 'i1',
      name: 'Trail Runner',
      category: 'physical_expression',
      state: 'visualization_complete',
      scene: { clothing: null, mood: null, setting: null, extraPrompt: null },
      savedDraftId: 'd2',
      draftCount: 2,
      drafts: [draft('d2', { parentId: 'd1', instruction: 'warmer light', saved: true }), draft('d1')],
    },
  ],
};

describe('a client’s studio in the back office', APP_TESTS, () => {
  it('should show the client’s photos and drafts through the staff image routes', async () => {
    stubFetch({
      [`GET ${USER}`]: () => json(200, ann),
      [`GET ${USER}/studio`]: () => json(200, studio),
    });
    renderAdmin(`/users/${ann.id}`, { role: 'staff' });

    const panel = await screen.findByRole('region', { name: 'Studio' }, SLOW);
    expect(await within(panel).findByText('Short grey hair, glasses', {}, SLOW)).toBeInTheDocument();
    expect(within(panel).getByText(/3 of 20 pictures today/)).toBeInTheDocument();
    expect(within(panel).getByRole('img', { name: 'Reference 1' })).toHaveAttribute(
      'src',
      '/api/v1/admin/studio/references/r1/thumbnail',
    );
    expect(within(panel).getByRole('img', { name: 'warmer light' })).toHaveAttribute(
      'src',
      '/api/v1/admin/studio/drafts/d2/thumbnail',
    );
    expect(within(panel).getByText('Kept')).toBeInTheDocument();
  });

  it('should open the studio early for a client with the override switch', async () => {
    const { calls } = stubFetch({
      [`GET ${USER}`]: () => json(200, ann),
      [`GET ${USER}/studio`]: () => json(200, studio),
      [`PATCH ${USER}`]: () => json(200, { ...ann, studioOverride: true }),
      'GET /api/v1/admin/users': () => json(200, [ann], { 'Content-Range': 'users 0-0/1' }),
    });
    renderAdmin(`/users/${ann.id}`, { role: 'staff' });

    fireEvent.click(await screen.findByLabelText('Studio open early', {}, SLOW));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(calls.some((call) => call.method === 'PATCH')).toBe(true), SLOW);
    expect(calls.find((call) => call.method === 'PATCH')?.body).toEqual({ studioOverride: true });
  });
});
