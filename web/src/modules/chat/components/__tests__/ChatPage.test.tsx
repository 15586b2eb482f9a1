import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ChatPage } from '@/modules/chat/components/ChatPage';
import type { ChatMessage, CoachState } from '@/modules/chat/lib/coachTypes';
import { answered, cards } from '@/modules/chat/components/__tests__/cardFixtures';
import { renderWithQueryClient } from '@/test/renderWithQueryClient';
import { studioKeeping } from '@/modules/studio/components/__tests__/studioFixtures';
import { apiError, json, stubFetch } from '@/test/stubFetch';

const NOW = '2026-12-04T10:00:00.000Z';

const state = (overrides: Partial<CoachState> = {}): CoachState => ({
  currentPhase: 'get_to_know_you',
  identityFocus: 'passions_and_talents',
  skippedCategories: [],
  whoYouAre: [],
  whoYouWantToBe: [],
  askedQuestions: [],
  shownVideos: ['welcome_intro'],
  currentIdentity: null,
  openBreak: null,
  safetyHold: null,
  composerDisabled: false,
  updatedAt: NOW,
  ...overrides,
});

const message = (id: string, role: ChatMessage['role'], content: string): ChatMessage => ({
  id,
  role,
  content,
  component: null,
  turnId: null,
  createdAt: NOW,
});

const catalog = {
  phases: [
    { key: 'introduction', label: 'Introduction', summary: '', session: 'welcome', usesModel: true },
    {
      key: 'get_to_know_you',
      label: 'Getting to know you',
      summary: '',
      session: 'get_to_know',
      usesModel: true,
    },
  ],
  sessions: [],
  categories: [],
  identityStates: [],
  videos: [],
};

const sse = (...frames: [number, string, unknown][]) =>
  new Response(
    frames
      .map(([id, event, data]) => `id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`)
      .join(''),
    {
      status: 200,
      headers: { 'Content-Type': 'text/event-stream' },
    },
  );

const userMessage = message('m-user', 'user', 'I grew up by the sea.');
const coachReply = message('m-coach', 'coach', 'That sounds **lovely**. Who is in your family?');

function stubChat(overrides: Parameters<typeof stubFetch>[0] = {}, coachState = state()) {
  return stubFetch({
    'GET /api/v1/coach/state': () => json(200, coachState),
    'GET /api/v1/coach/catalog': () => json(200, catalog),
    'GET /api/v1/identities': () => json(200, []),
    'GET /api/v1/coach/messages': () =>
      json(200, { items: [message('m-1', 'coach', 'Where did you grow up?')], nextCursor: null }),
    'POST /api/v1/coach/turns': () => json(202, { turn: { id: 'turn-1' } }),
    'GET /api/v1/coach/turns/turn-1/events': () =>
      sse(
        [1, 'delta', { pass: 1, text: 'That sounds ' }],
        [2, 'delta', { pass: 1, text: '**lovely**.' }],
        [
          3,
          'done',
          { turn: { id: 'turn-1' }, messages: [userMessage, coachReply], actions: [], state: state() },
        ],
      ),
    ...overrides,
  });
}

async function typeAndSend(text: string) {
  const box = await screen.findByRole('textbox', { name: 'Message' });
  fireEvent.change(box, { target: { value: text } });
  fireEvent.keyDown(box, { key: 'Enter' });
  return box;
}

describe('ChatPage', () => {
  beforeEach(() => {
    // jsdom has no layout: give the conversation a viewport so the virtualised log renders rows.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(600);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('should stream the reply into the log and return focus when a message is sent', async () => {
    const { apiCalls } = stubChat();
    renderWithQueryClient(<ChatPage />);
    const log = await screen.findByRole('log', { name: /conversation/i });
    await within(log).findByText('Where did you grow up?');

    const box = await typeAndSend('I grew up by the sea.');

    expect(await within(log).findByText('I grew up by the sea.')).toBeInTheDocument();
    await within(log).findByText('lovely');
    await waitFor(() => expect(box).toHaveFocus());
    const post = apiCalls().find((call) => call.method === 'POST');
    expect(post?.body).toEqual({ message: 'I grew up by the sea.' });
    expect(post?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(within(log).getAllByText('I grew up by the sea.')).toHaveLength(1);
    expect(box).toHaveValue('');
  });

  it('should keep the text and retry with the same key when sending fails', async () => {
    let attempts = 0;
    const { apiCalls } = stubChat({
      'POST /api/v1/coach/turns': () => {
        attempts += 1;
        return attempts === 1
          ? apiError(503, 'service_unavailable', 'The service is busy. Please try again.')
          : json(202, { turn: { id: 'turn-1' } });
      },
    });
    renderWithQueryClient(<ChatPage />);

    await typeAndSend('I grew up by the sea.');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The service is busy');
    expect(screen.getByRole('log')).toHaveTextContent('I grew up by the sea.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));

    await within(screen.getByRole('log')).findByText('lovely');
    const keys = apiCalls()
      .filter((call) => call.method === 'POST')
      .map((call) => call.headers.get('Idempotency-Key'));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('should put the text back in the composer when the client chooses to edit a message that failed', async () => {
    stubChat({ 'POST /api/v1/coach/turns': () => apiError(503, 'service_unavailable', 'Busy.') });
    renderWithQueryClient(<ChatPage />);

    const box = await typeAndSend('I grew up by the sea.');
    fireEvent.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Edit message' }));

    expect(box).toHaveValue('I grew up by the sea.');
    expect(box).toHaveFocus();
  });

  it('should offer Try again when the coach fails after the message was saved', async () => {
    stubChat({
      'GET /api/v1/coach/turns/turn-1/events': () =>
        sse(
          [1, 'delta', { pass: 1, text: 'Half a' }],
          [2, 'error', { code: 'provider_error', message: 'x' }],
        ),
    });
    renderWithQueryClient(<ChatPage />);

    await typeAndSend('I grew up by the sea.');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your message is saved');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByRole('log')).toHaveTextContent('I grew up by the sea.');
  });

  it('should re-queue the failed turn with the same key and show the new attempt when Try again is pressed', async () => {
    let streams = 0;
    const { apiCalls } = stubChat({
      'GET /api/v1/coach/turns/turn-1/events': () => {
        streams += 1;
        return streams === 1
          ? sse(
              [1, 'delta', { pass: 1, text: 'Half a' }],
              [2, 'error', { code: 'provider_error', message: 'x' }],
            )
          : sse(
              [3, 'restart', { pass: 0, attempt: 2, reason: 'retry' }],
              [4, 'delta', { pass: 1, text: 'That sounds **lovely**.' }],
              [
                5,
                'done',
                { turn: { id: 'turn-1' }, messages: [userMessage, coachReply], actions: [], state: state() },
              ],
            );
      },
    });
    renderWithQueryClient(<ChatPage />);
    await typeAndSend('I grew up by the sea.');

    fireEvent.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Try again' }));

    await within(screen.getByRole('log')).findByText('lovely');
    const posts = apiCalls().filter((call) => call.method === 'POST');
    expect(posts.map((call) => call.headers.get('Idempotency-Key'))).toEqual([
      posts[0]?.headers.get('Idempotency-Key'),
      posts[0]?.headers.get('Idempotency-Key'),
    ]);
    const retried = apiCalls().filter((call) => call.url.endsWith('/events'))[1];
    expect(retried?.headers.get('Last-Event-ID')).toBeNull();
    expect(screen.queryByText('Half a')).not.toBeInTheDocument();
  });

  it('should follow a turn that was still running when the page loaded', async () => {
    const { apiCalls } = stubChat({
      'GET /api/v1/coach/messages': () =>
        json(200, { items: [{ ...userMessage, turnId: 'turn-1' }], nextCursor: null }),
      'GET /api/v1/coach/turns/turn-1': () =>
        json(200, { turn: { id: 'turn-1', status: 'streaming' }, messages: [], actions: [], state: state() }),
    });
    renderWithQueryClient(<ChatPage />);

    await within(await screen.findByRole('log')).findByText('lovely');

    expect(apiCalls().some((call) => call.method === 'POST')).toBe(false);
    expect(within(screen.getByRole('log')).getAllByText('I grew up by the sea.')).toHaveLength(1);
  });

  it('should disable the composer with the reason when the client is on a break', async () => {
    stubChat(
      {},
      state({
        composerDisabled: true,
        openBreak: { id: 'b-1', session: 'get_to_know', startedAt: NOW },
      }),
    );
    renderWithQueryClient(<ChatPage />);

    const box = await screen.findByRole('textbox', { name: 'Message' });
    expect(box).toBeDisabled();
    expect(box).toHaveAccessibleDescription(/on a break/i);
  });

  it('should name the current phase in the progress when the state loads', async () => {
    stubChat();
    renderWithQueryClient(<ChatPage />);

    const progress = await screen.findByRole('navigation', { name: 'Coaching progress' });
    expect(progress).toHaveTextContent('Step 2 of 2: Getting to know you');
  });

  describe('identities side panel', () => {
    const identity = (id: string, name: string, iAmStatement: string | null = null) => ({
      id,
      name,
      category: 'physical_expression',
      state: 'i_am_complete',
      notes: [],
      iAmStatement,
      visualization: null,
      order: 0,
      parentId: null,
      createdAt: NOW,
      updatedAt: NOW,
    });
    const withCategory = {
      ...catalog,
      categories: [
        {
          key: 'physical_expression',
          label: 'Physical expression',
          description: 'How you move.',
          severalExpected: true,
        },
      ],
    };

    it('should show the picture kept in the studio beside each identity that has one', async () => {
      stubChat({
        'GET /api/v1/coach/catalog': () => json(200, withCategory),
        'GET /api/v1/identities': () =>
          json(200, [identity('i1', 'Runner'), identity('i2', 'Painter', 'I am a painter.')]),
        'GET /api/v1/studio': () =>
          json(
            200,
            studioKeeping([
              ['i1', 'Runner', 'd7'],
              ['i2', 'Painter', null],
            ]),
          ),
      });
      renderWithQueryClient(<ChatPage />);

      const panel = await screen.findByRole('complementary', { name: 'Your identities' });
      const picture = await within(panel).findByRole('img', { name: 'You as Runner, from your studio' });
      expect(picture).toHaveAttribute('src', '/api/v1/studio/drafts/d7/thumbnail');
      // Painter has no kept picture: only its name and statement.
      expect(within(panel).getByText('I am a painter.')).toBeInTheDocument();
      expect(within(panel).getAllByRole('img')).toHaveLength(1);
    });

    it('should list the identities without pictures when the studio cannot be read', async () => {
      const { apiCalls } = stubChat({
        'GET /api/v1/coach/catalog': () => json(200, withCategory),
        'GET /api/v1/identities': () => json(200, [identity('i1', 'Runner')]),
        'GET /api/v1/studio': () => apiError(500, 'internal_error', 'Something went wrong.'),
      });
      renderWithQueryClient(<ChatPage />);

      const panel = await screen.findByRole('complementary', { name: 'Your identities' });
      expect(await within(panel).findByText('Runner')).toBeInTheDocument();
      await waitFor(() => expect(apiCalls().some((call) => call.url === '/api/v1/studio')).toBe(true));
      expect(within(panel).queryByRole('img')).not.toBeInTheDocument();
    });
  });

  describe('focus', () => {
    const videoMessage = { ...message('m-video', 'coach', 'Your welcome video.'), component: cards.video };
    const breakCard = { ...cards.break, phase: 'get_to_know_you' as const };
    const breakMessage = { ...message('m-break', 'coach', 'Time to rest.'), component: breakCard };
    const onBreak = state({
      composerDisabled: true,
      openBreak: { id: 'b-1', session: 'get_to_know', startedAt: NOW },
    });

    /** The reply to the client's message ends the session: a break card, and the state on a break. */
    const replyWithBreak = () =>
      stubChat({
        'GET /api/v1/coach/turns/turn-1/events': () =>
          sse(
            [1, 'delta', { pass: 1, text: 'Time to rest.' }],
            [
              2,
              'done',
              { turn: { id: 'turn-1' }, messages: [userMessage, breakMessage], actions: [], state: onBreak },
            ],
          ),
      });

    // jsdom has no scrollIntoView: record how the chat asks for the card to be revealed.
    let scrolls: ScrollIntoViewOptions[] = [];
    beforeEach(() => {
      scrolls = [];
      HTMLElement.prototype.scrollIntoView = function (options?: boolean | ScrollIntoViewOptions) {
        scrolls.push(typeof options === 'object' ? options : {});
      };
    });
    afterEach(() => {
      Reflect.deleteProperty(HTMLElement.prototype, 'scrollIntoView');
    });

    const reducedMotion = (reduce: boolean) =>
      vi.stubGlobal(
        'matchMedia',
        vi.fn((query: string) => ({ matches: reduce && query.includes('reduce'), media: query })),
      );

    it('should move focus to the break card when a reply brings one, scrolling smoothly', async () => {
      reducedMotion(false);
      replyWithBreak();
      renderWithQueryClient(<ChatPage />);

      const box = await typeAndSend('Who I want to be: calm.');

      const card = await screen.findByRole('region', { name: 'Time for a break' });
      await waitFor(() => expect(card).toHaveFocus());
      expect(box).toBeDisabled();
      expect(scrolls.at(-1)).toMatchObject({ behavior: 'smooth' });
    });

    it('should reveal the new card without animation when the client asks for reduced motion', async () => {
      reducedMotion(true);
      replyWithBreak();
      renderWithQueryClient(<ChatPage />);

      await typeAndSend('Who I want to be: calm.');

      await waitFor(() => expect(screen.getByRole('region', { name: 'Time for a break' })).toHaveFocus());
      expect(scrolls.at(-1)).toMatchObject({ behavior: 'auto', block: 'nearest' });
    });

    it('should move focus to the next video when the client presses “I’m ready” on a break', async () => {
      const intro = {
        ...cards.video,
        phase: 'get_to_know_you' as const,
        video: { ...cards.video.video, key: 'brainstorming_intro', title: 'Brainstorming, explained' },
      };
      const introMessage = { ...message('m-intro', 'coach', 'Welcome back.'), component: intro };
      const pressedBreak = { ...breakMessage, component: answered(breakCard, 'ready') };
      stubChat(
        {
          'GET /api/v1/coach/messages': () => json(200, { items: [breakMessage], nextCursor: null }),
          'GET /api/v1/coach/turns/turn-1/events': () =>
            sse([
              1,
              'done',
              { turn: { id: 'turn-1' }, messages: [pressedBreak, introMessage], actions: [], state: state() },
            ]),
        },
        onBreak,
      );
      renderWithQueryClient(<ChatPage />);
      const breakFrame = await screen.findByRole('region', { name: 'Time for a break' });
      // The page opening on a break leaves focus where it was.
      expect(breakFrame).not.toHaveFocus();

      fireEvent.click(within(breakFrame).getByRole('button', { name: 'I’m ready' }));

      const video = await screen.findByRole('region', { name: 'Brainstorming, explained' });
      await waitFor(() => expect(video).toHaveFocus());
    });

    it('should leave focus alone when the page opens on the welcome video', async () => {
      stubChat(
        { 'GET /api/v1/coach/messages': () => json(200, { items: [videoMessage], nextCursor: null }) },
        state({ currentPhase: 'introduction', shownVideos: [] }),
      );
      renderWithQueryClient(<ChatPage />);

      const video = await screen.findByRole('region', { name: 'Welcome to identity coaching' });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(video).not.toHaveFocus();
      expect(document.body).toHaveFocus();
    });
  });
});
