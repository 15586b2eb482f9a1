import type { components } from '@dev-coach/api-client';
import type { AuthHeaders } from 'test/factories/user.factory';
import { type ChatRequestBody, fakeReplies } from 'test/fakes/fake-openai-server';
import { api, type FakeModelApp, startFakeModelApp } from 'test/utils/coach-turns';
import { placeAt, seedIdentities } from 'test/utils/coaching';

type TurnResult = components['schemas']['TurnResultResponseDto'];

interface LogRow {
  type: string;
  status: string;
  reason_code: string | null;
  sequence: number;
}

const isCoachCall = (body: ChatRequestBody): boolean =>
  body.response_format?.json_schema?.name === 'coach_reply' ||
  body.messages.some((message) => message.content.includes('"coach_reply"'));

const createBaker = {
  type: 'create_identity',
  params: { name: 'Baker', category: 'passions_and_talents', note: 'bakes bread on Sundays' },
};

// A model that obeys the schema only most of the time: each bad action is rejected and logged
// on its own, the rest of the reply applies, and only output that cannot be parsed at all costs
// a repair call.
describe('coach turns when the model misbehaves', () => {
  let t: FakeModelApp;

  beforeAll(async () => {
    t = await startFakeModelApp('coach_turns_misbehaving');
  });

  afterAll(async () => {
    await t?.close();
  });

  const brainstormingClient = (): Promise<{ id: string; headers: AuthHeaders }> =>
    t.newClient('identity_brainstorming');

  /** Posts one message and waits; returns the result and how many coach model calls it made. */
  const turn = async (
    headers: AuthHeaders,
    message: string,
  ): Promise<{ result: TurnResult; coachCalls: number }> => {
    const before = t.fake.chatRequests().filter(isCoachCall).length;
    const res = await api(t.app, 'POST', '/coach/turns?wait=true', headers, { message });
    expect(res.statusCode, res.body).toBe(200);
    return {
      result: res.json<TurnResult>(),
      coachCalls: t.fake.chatRequests().filter(isCoachCall).length - before,
    };
  };

  const logsOf = (turnId: string): Promise<LogRow[]> =>
    t.dataSource.query<LogRow[]>(
      `SELECT type, status, reason_code, sequence FROM action_logs WHERE turn_id = $1 ORDER BY sequence`,
      [turnId],
    );

  it('should store the message, apply the rest and log the phase skip as rejected with one model call', async () => {
    const client = await brainstormingClient();
    t.fake.enqueue(
      fakeReplies.json({
        message: 'Baking sounds like a real passion. Let us jump ahead!',
        actions: [{ type: 'transition_phase', params: { to: 'identity_commitment' } }, createBaker],
      }),
    );
    const { result, coachCalls } = await turn(client.headers, 'I bake bread every Sunday.');

    expect(coachCalls).toBe(1);
    // The coach's default sampling, not the provider's 1.0.
    expect(t.fake.chatRequests().filter(isCoachCall).at(-1)?.temperature).toBe(0.7);
    expect(result.turn.status).toBe('done');
    expect(result.messages.map((message) => [message.role, message.content])).toEqual([
      ['user', 'I bake bread every Sunday.'],
      ['coach', 'Baking sounds like a real passion. Let us jump ahead!'],
    ]);
    // Reported in the model's order, although the transition is applied last.
    expect(result.actions.map((action) => [action.type, action.status, action.reasonCode])).toEqual([
      ['transition_phase', 'rejected', 'illegal_transition'],
      ['create_identity', 'applied', null],
    ]);
    expect(result.state.currentPhase).toBe('identity_brainstorming');
    expect(await logsOf(result.turn.id)).toEqual([
      { type: 'transition_phase', status: 'rejected', reason_code: 'illegal_transition', sequence: 0 },
      { type: 'create_identity', status: 'applied', reason_code: null, sequence: 1 },
    ]);

    const replay = await api(t.app, 'GET', `/coach/turns/${result.turn.id}/events`, client.headers);
    const actionEvents = replay.body
      .split('\n\n')
      .filter((block) => block.includes('event: action'))
      .map((block) => JSON.parse(block.split('data: ')[1] ?? '{}') as { type: string; status: string });
    expect(actionEvents.map((event) => [event.type, event.status])).toEqual([
      ['transition_phase', 'rejected'],
      ['create_identity', 'applied'],
    ]);
  });

  it('should reject an unknown type, a type the phase does not allow and a malformed action one by one', async () => {
    const client = await brainstormingClient();
    t.fake.enqueue(
      fakeReplies.json({
        message: 'Lovely.',
        actions: [
          { type: 'launch_rockets', params: { count: 3 } },
          { type: 'accept_i_am', params: { id: '00000000-0000-4000-8000-000000000000' } },
          'create_identity',
          createBaker,
        ],
      }),
    );
    const { result, coachCalls } = await turn(client.headers, 'I love baking.');

    expect(coachCalls).toBe(1);
    expect(result.turn.status).toBe('done');
    expect(result.actions.map((action) => [action.type, action.reasonCode])).toEqual([
      ['launch_rockets', 'unknown_action'],
      ['accept_i_am', 'not_allowed_in_phase'],
      ['create_identity', 'invalid_params'],
      ['create_identity', null],
    ]);
    expect((await logsOf(result.turn.id)).map((row) => row.status)).toEqual([
      'rejected',
      'rejected',
      'rejected',
      'applied',
    ]);
  });

  it('should reject an action on an unknown or another client’s identity without a repair call', async () => {
    const other = await brainstormingClient();
    const [foreign] = await seedIdentities(t.dataSource, other.id, [{ name: 'Sailor' }]);
    const client = await brainstormingClient();
    t.fake.enqueue(
      fakeReplies.json({
        message: 'Noted.',
        actions: [
          { type: 'add_identity_note', params: { id: foreign?.id, note: 'stolen' } },
          { type: 'rename_identity', params: { id: 'not-a-uuid', name: 'Pirate' } },
          createBaker,
        ],
      }),
    );
    const { result, coachCalls } = await turn(client.headers, 'I bake.');

    expect(coachCalls).toBe(1);
    expect(result.actions.map((action) => [action.type, action.reasonCode])).toEqual([
      ['add_identity_note', 'identity_not_found'],
      ['rename_identity', 'invalid_params'],
      ['create_identity', null],
    ]);
    const foreignNotes = await t.dataSource.query<{ notes: unknown[] }[]>(
      `SELECT notes FROM identities WHERE id = $1`,
      [foreign?.id],
    );
    expect(foreignNotes[0]?.notes).toEqual([]);
  });

  it('should recover fenced and doubled JSON locally, without a repair call', async () => {
    const client = await brainstormingClient();
    const reply = JSON.stringify({ message: 'Fenced but fine.', actions: [createBaker] });
    t.fake.enqueue(fakeReplies.text(`\`\`\`json\n${reply}\n\`\`\``));
    const fenced = await turn(client.headers, 'I bake.');
    expect(fenced.coachCalls).toBe(1);
    expect(fenced.result.turn.status).toBe('done');
    expect(fenced.result.messages[1]?.content).toBe('Fenced but fine.');
    expect(fenced.result.actions.map((action) => action.status)).toEqual(['applied']);

    const again = JSON.stringify({ message: 'Said twice.', actions: [] });
    t.fake.enqueue(fakeReplies.text(`${again}\n${again}`));
    const doubled = await turn(client.headers, 'And I paint.');
    expect(doubled.coachCalls).toBe(1);
    expect(doubled.result.messages[1]?.content).toBe('Said twice.');
  });

  it('should make exactly one repair call when the reply cannot be parsed at all', async () => {
    const client = await brainstormingClient();
    t.fake.enqueue(fakeReplies.malformedJson(), fakeReplies.json({ message: 'Second try.', actions: [] }));
    const { result, coachCalls } = await turn(client.headers, 'Hello?');
    expect(coachCalls).toBe(2);
    expect(result.turn.status).toBe('done');
    expect(result.messages[1]?.content).toBe('Second try.');
  });

  it('should strip NUL and unpaired surrogates from the model’s output and finish on the first call', async () => {
    const client = await brainstormingClient();
    t.fake.enqueue(
      fakeReplies.json({
        message: 'Hello\u0000 there\ud800!',
        actions: [
          {
            type: 'create_identity',
            params: { name: 'Ba\u0000ker', category: 'passions_and_talents', note: 'bread\udc00' },
          },
        ],
      }),
    );
    const { result, coachCalls } = await turn(client.headers, 'I bake.');
    expect(coachCalls).toBe(1);
    expect(result.turn.status).toBe('done');
    expect(result.messages[1]?.content).toBe('Hello there!');
    expect(result.actions.map((action) => [action.type, action.status])).toEqual([
      ['create_identity', 'applied'],
    ]);
    const [identity] = await t.dataSource.query<{ name: string; notes: { text: string }[] }[]>(
      `SELECT name, notes FROM identities WHERE user_id = $1`,
      [client.id],
    );
    expect(identity?.name).toBe('Baker');
    expect(identity?.notes[0]?.text).toBe('bread');

    const typed = await api(t.app, 'POST', '/coach/turns', client.headers, { message: 'bad\u0000input' });
    expect(typed.statusCode).toBe(400);
    expect(typed.json<{ code: string }>().code).toBe('invalid_text');
  });

  it('should cut an over-long coach message at a sentence boundary, stream no more than the limit and record it', async () => {
    const client = await brainstormingClient();
    const long = 'This reply simply does not know when to stop. '.repeat(500);
    t.fake.enqueue(fakeReplies.json({ message: long, actions: [] }));
    const { result, coachCalls } = await turn(client.headers, 'I like gardening.');
    expect(coachCalls).toBe(1);
    const stored = result.messages[1]?.content ?? '';
    expect(stored.length).toBeLessThanOrEqual(4000);
    expect(stored.length).toBeGreaterThan(3900);
    expect(stored.endsWith('stop.')).toBe(true);
    const [row] = await t.dataSource.query<{ truncated_from: number | null }[]>(
      `SELECT truncated_from FROM chat_messages WHERE id = $1`,
      [result.messages[1]?.id],
    );
    expect(row?.truncated_from).toBe(long.length);

    const replay = await api(t.app, 'GET', `/coach/turns/${result.turn.id}/events`, client.headers);
    const streamed = replay.body
      .split('\n\n')
      .filter((block) => block.includes('event: delta'))
      .map((block) => (JSON.parse(block.split('data: ')[1] ?? '{}') as { text: string }).text)
      .join('');
    expect(streamed.length).toBe(4000);
  });

  it('should reject leaving a phase whose goal is not met, log why, and apply the transition once it is', async () => {
    const client = await brainstormingClient();
    const toReview = { type: 'transition_phase', params: { to: 'brainstorming_review' } };
    t.fake.enqueue(fakeReplies.json({ message: 'On to the review!', actions: [createBaker, toReview] }));
    const early = await turn(client.headers, 'I bake.');
    expect(early.coachCalls).toBe(1);
    expect(early.result.actions.map((action) => [action.type, action.reasonCode])).toEqual([
      ['create_identity', null],
      ['transition_phase', 'exit_criteria_unmet'],
    ]);
    expect(early.result.state.currentPhase).toBe('identity_brainstorming');

    // Every other category skipped: passions has Baker, so brainstorming is done.
    await t.dataSource.query(
      `UPDATE coach_states SET skipped_categories = ARRAY(
         SELECT unnest(ARRAY['maker_of_money','keeper_of_money','spiritual','personal_appearance',
           'physical_expression','familial_relations','romantic_relation','doer_of_things'])
       ) WHERE user_id = $1`,
      [client.id],
    );
    t.fake.enqueue(fakeReplies.json({ message: 'Now the review.', actions: [toReview] }));
    const done = await turn(client.headers, 'That is all.');
    expect(done.result.actions.map((action) => [action.type, action.status])).toEqual([
      ['transition_phase', 'applied'],
    ]);
    expect(done.result.state.currentPhase).toBe('brainstorming_review');
  });

  it('should not move on from the I am phase while an identity has no accepted statement', async () => {
    const { id, headers } = await t.newClient();
    await seedIdentities(t.dataSource, id, [
      { name: 'Finisher', state: 'i_am_complete' },
      { name: 'Runner', state: 'commitment_complete' },
    ]);
    await placeAt(t.dataSource, id, 'i_am_statement');
    t.fake.enqueue(
      fakeReplies.json({
        message: 'Time to visualise.',
        actions: [{ type: 'transition_phase', params: { to: 'identity_visualization' } }],
      }),
    );
    const { result } = await turn(headers, 'Next please.');
    expect(result.actions[0]).toMatchObject({ type: 'transition_phase', reasonCode: 'exit_criteria_unmet' });
    expect(result.state.currentPhase).toBe('i_am_statement');
    const [log] = await logsOf(result.turn.id);
    expect(log).toMatchObject({ status: 'rejected', reason_code: 'exit_criteria_unmet' });
  });
});
