import type { ApiErrorBody, components } from '@dev-coach/api-client';
import type { AuthHeaders } from 'test/factories/user.factory';
import { fakeReplies } from 'test/fakes/fake-openai-server';
import {
  api,
  cardOf,
  type FakeModelApp,
  type MessageBody,
  openCard,
  startFakeModelApp,
} from 'test/utils/coach-turns';
import { placeAt, seedIdentities } from 'test/utils/coaching';

type TurnResult = components['schemas']['TurnResultResponseDto'];

/** The body an integrator builds by echoing a card button exactly as the API served it. */
const echoPress = (message: MessageBody, buttonId: string): Record<string, unknown> => {
  const button = cardOf(message)?.buttons.find((candidate) => candidate.id === buttonId);
  if (!button) {
    throw new Error(`No button ${buttonId} on ${message.id}`);
  }
  return { button: { messageId: message.id, buttonId }, actions: button.actions };
};

// Button presses are not typing: they have their own, generous limit, so a run of cards never
// locks a client out of answering; and a card's actions sent back verbatim are accepted.
describe('coach turn buttons and quotas', () => {
  let t: FakeModelApp;

  beforeAll(async () => {
    t = await startFakeModelApp('coach_turns_buttons', {
      USER_TURNS_PER_MINUTE: '2',
      AI_SAMPLING: '{"coach_turn":{"temperature":0.3,"topP":0.9}}',
    });
  });

  afterAll(async () => {
    await t?.close();
  });

  const post = async (headers: AuthHeaders, body: object): Promise<TurnResult> => {
    const res = await api(t.app, 'POST', '/coach/turns?wait=true', headers, body);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<TurnResult>();
  };

  const pressOpenCard = async (headers: AuthHeaders, buttonId: string): Promise<TurnResult> => {
    const card = await openCard(t.app, headers);
    if (!card) {
      throw new Error('No open card');
    }
    return post(headers, echoPress(card, buttonId));
  };

  it('should let a video → break → ready → video → answer sequence through with 2 typed messages a minute', async () => {
    const client = await t.newClient();
    await placeAt(t.dataSource, client.id, 'identity_warm_up');
    t.fake.enqueue(
      fakeReplies.json({
        message: 'Lovely. Time for the next session.',
        actions: [{ type: 'transition_phase', params: { to: 'identity_brainstorming' } }],
      }),
    );
    const moved = await post(client.headers, { message: 'I think I am ready.' });
    expect(cardOf(moved.messages[1])?.kind).toBe('video');

    const toBreak = await pressOpenCard(client.headers, 'continue');
    expect(toBreak.state.composerDisabled).toBe(true);
    const ready = await pressOpenCard(client.headers, 'ready');
    expect(ready.turn.status).toBe('done');
    t.fake.enqueue(fakeReplies.json({ message: 'Let us start with your passions.', actions: [] }));
    const intro = await pressOpenCard(client.headers, 'continue');
    expect(intro.turn.status).toBe('done');

    t.fake.enqueue(fakeReplies.json({ message: 'Tell me more.', actions: [] }));
    const answer = await post(client.headers, { message: 'I love baking.' });
    expect(answer.turn.status).toBe('done');
    // Sampling comes from AI_SAMPLING for the coach's purpose, on every coach call.
    const coachCalls = t.fake
      .chatRequests()
      .filter((body) => body.response_format?.json_schema?.name === 'coach_reply');
    expect(coachCalls.length).toBeGreaterThan(0);
    expect(coachCalls.every((body) => body.temperature === 0.3 && body.top_p === 0.9)).toBe(true);

    const third = await api(t.app, 'POST', '/coach/turns', client.headers, { message: 'And painting.' });
    expect(third.statusCode).toBe(429);
    expect(third.json<ApiErrorBody>().code).toBe('turn_rate_limited');
  });

  it('should accept a card button’s actions echoed exactly as served, `editable` included', async () => {
    const client = await t.newClient();
    const [identity] = await seedIdentities(t.dataSource, client.id, [
      { name: 'Finisher', state: 'commitment_complete' },
    ]);
    await placeAt(t.dataSource, client.id, 'i_am_statement');
    t.fake.enqueue(
      fakeReplies.json({
        message: 'Here is a statement for you.',
        actions: [
          {
            type: 'suggest_i_am',
            params: { id: identity?.id, statement: 'I am a finisher: I see things through.' },
          },
        ],
      }),
    );
    const suggested = await post(client.headers, { message: 'Help me word it.' });
    const card = suggested.messages[1];
    const served = cardOf(card)?.buttons.find((button) => button.id === 'accept');
    expect(served?.actions[0]).toHaveProperty('editable', ['statement']);

    t.fake.enqueue(fakeReplies.json({ message: 'Beautiful.', actions: [] }));
    const accepted = await post(client.headers, echoPress(card, 'accept'));
    expect(accepted.actions.map((action) => [action.type, action.status])).toEqual([
      ['set_i_am_statement', 'applied'],
      ['accept_i_am', 'applied'],
    ]);
  });
});
