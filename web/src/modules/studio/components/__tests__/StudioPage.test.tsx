import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  draft,
  identity,
  markUnlockSeen,
  openSse,
  sse,
  studioState,
  user,
} from '@/modules/studio/components/__tests__/studioFixtures';
import { renderApp } from '@/test/renderApp';
import { apiError, json, stubFetch } from '@/test/stubFetch';

const STUDIO = 'GET /api/v1/studio';
const DRAFTS = 'GET /api/v1/studio/identities/i1/drafts';

// Whole-app tests load lazily split pages; give a busy machine room.
describe('studio page', { timeout: 30_000 }, () => {
  beforeEach(() => {
    window.localStorage.clear();
  });

  it('should explain the locked studio and lead back to the coach when the last phase is not reached', async () => {
    const { apiCalls } = stubFetch({
      'GET /api/v1/me': () => json(200, user),
      [STUDIO]: () => json(200, studioState({ open: false, reason: 'phase' })),
    });
    renderApp('/app/studio');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your studio opens at the end of your journey' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/It opens in the last part of coaching/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Continue with your coach' })).toHaveAttribute('href', '/app');
    expect(apiCalls().filter((call) => call.method !== 'GET')).toEqual([]);
  });

  it('should show the unlock moment once and then focus the studio when the client steps inside', async () => {
    stubFetch({
      'GET /api/v1/me': () => json(200, user),
      [STUDIO]: () => json(200, studioState()),
    });
    const first = renderApp('/app/studio');

    fireEvent.click(await screen.findByRole('button', { name: 'Step inside' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Your studio' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole('heading', { level: 1, name: 'Your studio' })).toBeInTheDocument();
    first.unmount();

    renderApp('/app/studio');
    expect(await screen.findByRole('heading', { level: 1, name: 'Your studio' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Step inside' })).not.toBeInTheDocument();
  });

  it('should save the scene, make a picture with live progress and show it when the job is done', async () => {
    markUnlockSeen();
    let events = 0;
    const { apiCalls } = stubFetch({
      'GET /api/v1/me': () => json(200, user),
      [STUDIO]: () => json(200, studioState()),
      [DRAFTS]: () => json(200, []),
      'PUT /api/v1/studio/identities/i1/scene': (call) => json(200, call.body),
      'POST /api/v1/studio/identities/i1/drafts': () =>
        json(202, draft({ status: 'pending', imageUrl: null, thumbnailUrl: null })),
      'GET /api/v1/studio/drafts/d1/events': () =>
        ++events === 1 ? openSse(['progress', { stage: 'generating', percent: 40 }]) : sse(['done', draft()]),
    });
    renderApp('/app/studio?identity=i1');

    fireEvent.change(await screen.findByLabelText('Where you are'), {
      target: { value: 'A forest trail at sunrise' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create my picture' }));

    const bar = await screen.findByRole('progressbar', { name: 'Making the picture of Runner' });
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '40'));
    expect(screen.getByText('Painting your scene…')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Picture of Runner' })).toHaveFocus();
    const scene = apiCalls().find((call) => call.method === 'PUT');
    expect(scene?.body).toEqual({
      clothing: '',
      mood: '',
      setting: 'A forest trail at sunrise',
      extraPrompt: '',
    });
    const generate = apiCalls().find((call) => call.method === 'POST');
    expect(generate?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(apiCalls().indexOf(scene!)).toBeLessThan(apiCalls().indexOf(generate!));
  });

  it('should refine the picture, show the chain of drafts, keep one and offer its download', async () => {
    markUnlockSeen();
    const refined = draft({
      id: 'd2',
      parentId: 'd1',
      instruction: 'Warmer light',
      imageUrl: '/api/v1/studio/drafts/d2/image',
      thumbnailUrl: '/api/v1/studio/drafts/d2/thumbnail',
    });
    const { apiCalls } = stubFetch({
      'GET /api/v1/me': () => json(200, user),
      [STUDIO]: () => json(200, studioState({ identities: [identity({ draftCount: 1 })] })),
      [DRAFTS]: () => json(200, [draft()]),
      'POST /api/v1/studio/drafts/d1/refine': () =>
        json(202, { ...refined, status: 'pending', imageUrl: null, thumbnailUrl: null }),
      'GET /api/v1/studio/drafts/d2/events': () =>
        sse(['progress', { stage: 'storing', percent: 90 }], ['done', refined]),
      'POST /api/v1/studio/drafts/d2/save': () => json(200, identity({ savedDraftId: 'd2', draftCount: 2 })),
    });
    renderApp('/app/studio?identity=i1');

    expect(await screen.findByRole('img', { name: 'Runner' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Warmer light' }));
    expect(screen.getByLabelText('What to change')).toHaveValue('Warmer light');
    fireEvent.click(screen.getByRole('button', { name: 'Refine this picture' }));

    expect(await screen.findByRole('img', { name: 'Runner, refined: Warmer light' })).toBeInTheDocument();
    expect(apiCalls().find((call) => call.url.endsWith('/refine'))?.body).toEqual({
      instruction: 'Warmer light',
    });
    const chain = screen.getByRole('region', { name: 'How this picture came to be' });
    const steps = within(chain).getAllByRole('button');
    expect(steps.map((step) => step.textContent)).toEqual(['Step 1: First picture', 'Step 2: Warmer light']);
    expect(steps[1]).toHaveAttribute('aria-current', 'step');
    expect(screen.getByText('Your picture of Runner is ready.')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Keep this picture' }));
    expect(await screen.findByRole('button', { name: '✓ Kept on this identity' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(screen.getByRole('link', { name: 'Download' })).toHaveAttribute(
      'href',
      '/api/v1/studio/drafts/d2/image?download=1',
    );
    expect(screen.getByText(/Kept\. This is now the picture of Runner/)).toBeInTheDocument();
  });

  it('should say so in its own words when today’s pictures are used up', async () => {
    markUnlockSeen();
    stubFetch({
      'GET /api/v1/me': () => json(200, user),
      [STUDIO]: () => json(200, studioState()),
      [DRAFTS]: () => json(200, []),
      'PUT /api/v1/studio/identities/i1/scene': (call) => json(200, call.body),
      'POST /api/v1/studio/identities/i1/drafts': () =>
        apiError(429, 'image_quota_exceeded', 'Daily image quota reached.'),
    });
    renderApp('/app/studio?identity=i1');

    fireEvent.click(await screen.findByRole('button', { name: 'Create my picture' }));

    expect(await screen.findByText(/That is all the pictures for today/)).toBeInTheDocument();
  });

  it('should explain a failed picture by its code and offer to try again when it can be retried', async () => {
    markUnlockSeen();
    stubFetch({
      'GET /api/v1/me': () => json(200, user),
      [STUDIO]: () => json(200, studioState()),
      [DRAFTS]: () =>
        json(200, [
          draft({ status: 'failed', errorCode: 'image_timeout', imageUrl: null, thumbnailUrl: null }),
        ]),
    });
    renderApp('/app/studio?identity=i1');

    expect(await screen.findByText('This picture could not be made')).toBeInTheDocument();
    expect(screen.getByText(/The picture took too long to make/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
  });

  it('should refuse a file that is not a photo or is too large before sending it', async () => {
    markUnlockSeen();
    const { apiCalls } = stubFetch({
      'GET /api/v1/me': () => json(200, user),
      [STUDIO]: () => json(200, studioState()),
    });
    renderApp('/app/studio');

    const input = await screen.findByLabelText('Add a photo');
    fireEvent.change(input, {
      target: { files: [new File(['%PDF'], 'cv.pdf', { type: 'application/pdf' })] },
    });
    expect(await screen.findByText(/That file isn’t a photo we can read/)).toBeInTheDocument();

    const big = new File([new Uint8Array(8 * 1024 * 1024 + 1)], 'big.jpg', { type: 'image/jpeg' });
    fireEvent.change(input, { target: { files: [big] } });
    expect(await screen.findByText(/larger than 8 MB/)).toBeInTheDocument();
    expect(apiCalls().filter((call) => call.method === 'POST')).toEqual([]);
  });

  it('should upload a photo and show its thumbnail', async () => {
    markUnlockSeen();
    const { apiCalls } = stubFetch({
      'GET /api/v1/me': () => json(200, user),
      [STUDIO]: () => json(200, studioState()),
      'POST /api/v1/studio/references': () =>
        json(201, {
          id: 'r1',
          contentType: 'image/jpeg',
          width: 800,
          height: 600,
          url: '/api/v1/studio/references/r1/image',
          thumbnailUrl: '/api/v1/studio/references/r1/thumbnail',
          createdAt: '2026-12-04T10:00:00.000Z',
        }),
    });
    renderApp('/app/studio');

    fireEvent.change(await screen.findByLabelText('Add a photo'), {
      target: { files: [new File(['jpeg'], 'me.jpg', { type: 'image/jpeg' })] },
    });

    expect(await screen.findByRole('img', { name: 'Reference 1 of 1' })).toHaveAttribute(
      'src',
      '/api/v1/studio/references/r1/thumbnail',
    );
    expect(screen.getByRole('button', { name: 'Remove reference photo 1' })).toBeInTheDocument();
    const upload = apiCalls().find((call) => call.method === 'POST');
    expect(upload?.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
  });
});
