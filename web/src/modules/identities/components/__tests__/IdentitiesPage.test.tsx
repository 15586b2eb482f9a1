import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { studioKeeping } from '@/modules/studio/components/__tests__/studioFixtures';
import { renderApp } from '@/test/renderApp';
import { json, stubFetch } from '@/test/stubFetch';

const user = { id: 'u1', email: 'ann@example.com', firstName: 'Ann', lastName: '', role: 'user' };

function identity(id: string, name: string, category: string, order: number, extra = {}) {
  return {
    id,
    name,
    category,
    state: 'proposed',
    notes: [],
    iAmStatement: null,
    visualization: null,
    order,
    parentId: null,
    createdAt: '2026-11-25T09:00:00.000Z',
    updatedAt: '2026-11-25T09:00:00.000Z',
    ...extra,
  };
}

const runner = identity('a', 'Runner', 'physical_expression', 0, {
  notes: [{ text: 'Runs on Tuesdays', createdAt: '2026-11-25T09:00:00.000Z', provenance: null }],
});
const painter = identity('b', 'Painter', 'passions_and_talents', 1);
const climber = identity('c', 'Climber', 'physical_expression', 2);

// Whole-app tests load lazily split pages; give a busy machine room.
describe('identities page', { timeout: 20_000 }, () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('should group by life area and move an identity down within its group with the keyboard buttons', async () => {
    const { apiCalls } = stubFetch({
      'GET /api/v1/me': () => json(200, user),
      'GET /api/v1/identities': () => json(200, [runner, painter, climber]),
      'POST /api/v1/identities/reorder': () =>
        json(200, [
          { ...climber, order: 0 },
          { ...painter, order: 1 },
          { ...runner, order: 2 },
        ]),
    });
    renderApp('/app/identities');

    const physical = await screen.findByRole('region', { name: /physical expression/i }, { timeout: 5000 });
    expect(
      within(physical)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Runner', 'Climber']);
    expect(within(physical).getByRole('button', { name: 'Move Runner up' })).toBeDisabled();

    const down = within(physical).getByRole('button', { name: 'Move Runner down' });
    down.focus();
    fireEvent.click(down);

    await waitFor(() =>
      expect(
        within(physical)
          .getAllByRole('heading', { level: 3 })
          .map((h) => h.textContent),
      ).toEqual(['Climber', 'Runner']),
    );
    // Swapped with its neighbour in the group; Painter (another group) keeps its place.
    expect(apiCalls().find((call) => call.url === '/api/v1/identities/reorder')?.body).toEqual({
      ids: ['c', 'b', 'a'],
    });
    expect(await screen.findByText('Moved Runner down.')).toBeInTheDocument();
    // Runner is last now, so Move down is off: focus stays on its card, on Move up.
    await waitFor(() =>
      expect(within(physical).getByRole('button', { name: 'Move Runner up' })).toHaveFocus(),
    );
  });

  it('should save the order when an identity is dragged by its grip onto another in its group', async () => {
    const hiker = identity('d', 'Hiker', 'physical_expression', 3);
    const { apiCalls } = stubFetch({
      'GET /api/v1/me': () => json(200, user),
      'GET /api/v1/identities': () => json(200, [runner, painter, climber, hiker]),
      'POST /api/v1/identities/reorder': (call) => {
        const { ids } = call.body as { ids: string[] };
        const list = [runner, painter, climber, hiker];
        return json(
          200,
          ids.map((id, order) => ({ ...list.find((item) => item.id === id), order })),
        );
      },
    });
    renderApp('/app/identities');
    const physical = await screen.findByRole('region', { name: /physical expression/i }, { timeout: 5000 });

    // jsdom has neither pointer events nor layout: a PointerEvent that is a MouseEvent, and the
    // cards laid out as a column, 100 px apart, for finding the drop target.
    vi.stubGlobal(
      'PointerEvent',
      class extends MouseEvent {
        readonly isPrimary: boolean;
        constructor(type: string, init: PointerEventInit = {}) {
          super(type, init);
          this.isPrimary = init.isPrimary ?? false;
        }
      },
    );
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      const item = this.closest('li');
      const top = item?.parentElement ? Array.from(item.parentElement.children).indexOf(item) * 100 : 0;
      return DOMRect.fromRect({ x: 0, y: top, width: 600, height: 90 });
    });
    const grip = physical.querySelector<HTMLElement>('[data-drag-handle="d"]')!;
    fireEvent.pointerDown(grip, { isPrimary: true, button: 0, clientX: 10, clientY: 210 });
    fireEvent.pointerMove(document, { clientX: 10, clientY: 150 });
    fireEvent.pointerMove(document, { clientX: 10, clientY: 20 });
    fireEvent.pointerUp(document, { clientX: 10, clientY: 20 });

    await waitFor(() =>
      expect(apiCalls().find((call) => call.url === '/api/v1/identities/reorder')?.body).toEqual({
        ids: ['d', 'b', 'a', 'c'],
      }),
    );
    await waitFor(() =>
      expect(
        within(physical)
          .getAllByRole('heading', { level: 3 })
          .map((h) => h.textContent),
      ).toEqual(['Hiker', 'Runner', 'Climber']),
    );
    expect(await screen.findByText('Moved Hiker to place 1.')).toBeInTheDocument();
  });

  it('should save a new name, statement and notes from the edit dialog', async () => {
    const { apiCalls } = stubFetch({
      'GET /api/v1/me': () => json(200, user),
      'GET /api/v1/identities': () => json(200, [runner]),
      'PATCH /api/v1/identities/a': (call) => json(200, { ...runner, ...(call.body as object), notes: [] }),
    });
    renderApp('/app/identities');

    fireEvent.click(await screen.findByRole('button', { name: 'Edit Runner' }, { timeout: 5000 }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit “Runner”' });
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: ' Trail runner ' } });
    fireEvent.change(within(dialog).getByLabelText('“I am” statement'), {
      target: { value: 'I am a trail runner.' },
    });
    fireEvent.change(within(dialog).getByLabelText('Notes'), {
      target: { value: 'Runs on Tuesdays\n\n  Loves hills  ' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(apiCalls().find((call) => call.method === 'PATCH')?.body).toEqual({
      name: 'Trail runner',
      iAmStatement: 'I am a trail runner.',
      notes: ['Runs on Tuesdays', 'Loves hills'],
    });
    expect(screen.getByRole('heading', { name: 'Trail runner' })).toBeInTheDocument();
  });

  it('should not save an empty name', async () => {
    const { apiCalls } = stubFetch({
      'GET /api/v1/me': () => json(200, user),
      'GET /api/v1/identities': () => json(200, [runner]),
    });
    renderApp('/app/identities');

    fireEvent.click(await screen.findByRole('button', { name: 'Edit Runner' }, { timeout: 5000 }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: '   ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    expect(await within(dialog).findByText('Give this identity a name.')).toBeInTheDocument();
    expect(apiCalls().some((call) => call.method === 'PATCH')).toBe(false);
  });

  it('should put focus on the page heading when the archived identity and its button are gone', async () => {
    stubFetch({
      'GET /api/v1/me': () => json(200, user),
      'GET /api/v1/identities': () => json(200, [runner, painter]),
      'DELETE /api/v1/identities/a': () => new Response(null, { status: 204 }),
    });
    renderApp('/app/identities');

    const archive = await screen.findByRole('button', { name: 'Archive Runner' }, { timeout: 5000 });
    archive.focus();
    fireEvent.click(archive);
    const dialog = await screen.findByRole('dialog', { name: 'Archive “Runner”?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Archive' }));

    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Runner' })).not.toBeInTheDocument());
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1, name: 'Your identities' })).toHaveFocus(),
    );
  });

  it('should give focus back to the button that opened a dialog when it is still there', async () => {
    stubFetch({
      'GET /api/v1/me': () => json(200, user),
      'GET /api/v1/identities': () => json(200, [runner]),
    });
    renderApp('/app/identities');

    const archive = await screen.findByRole('button', { name: 'Archive Runner' }, { timeout: 5000 });
    archive.focus();
    fireEvent.click(archive);
    const dialog = await screen.findByRole('dialog', { name: 'Archive “Runner”?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(archive).toHaveFocus());
  });

  it('should show the picture kept in the studio on its identity', async () => {
    stubFetch({
      'GET /api/v1/me': () => json(200, user),
      'GET /api/v1/identities': () => json(200, [runner, painter]),
      'GET /api/v1/studio': () =>
        json(
          200,
          studioKeeping([
            ['a', 'Runner', 'd7'],
            ['b', 'Painter', null],
          ]),
        ),
    });
    renderApp('/app/identities');

    const picture = await screen.findByRole(
      'img',
      { name: 'You as Runner, from your studio' },
      { timeout: 5000 },
    );
    expect(picture).toHaveAttribute('src', '/api/v1/studio/drafts/d7/thumbnail');
    expect(screen.queryByRole('img', { name: /Painter/ })).not.toBeInTheDocument();
  });
});
