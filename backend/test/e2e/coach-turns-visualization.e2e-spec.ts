import type { components } from '@dev-coach/api-client';
import { CoachStateEntity } from 'src/coaching/entities/coach-state.entity';
import { type ChatRequestBody, fakeReplies } from 'test/fakes/fake-openai-server';
import { api, type FakeModelApp, startFakeModelApp } from 'test/utils/coach-turns';
import { identitiesOf, seedIdentities } from 'test/utils/coaching';

type TurnResult = components['schemas']['TurnResultResponseDto'];

const coachCalls = (t: FakeModelApp): ChatRequestBody[] =>
  t.fake.chatRequests().filter((body) => body.response_format?.json_schema?.name === 'coach_reply');

/** The action types the response schema of a coach call offers. */
const offeredTypes = (body: ChatRequestBody | undefined): string[] => {
  const schema = body?.response_format?.json_schema?.schema as {
    properties: { actions: { items: { anyOf?: { properties: { type: { enum: string[] } } }[] } } };
  };
  return (schema.properties.actions.items.anyOf ?? []).flatMap((item) => item.properties.type.enum);
};

// The last phase is coaching too: the model answers there, helps the client picture living each
// identity, and accept_visualization is what brings an identity to visualization_complete.
describe('coach turns in the visualization phase', () => {
  let t: FakeModelApp;

  beforeAll(async () => {
    t = await startFakeModelApp('coach_turns_visualization');
  });

  afterAll(async () => {
    await t?.close();
  });

  /** A client who finished the "I am" phase: two identities with final statements, one not. */
  const finishedClient = async () => {
    const client = await t.newClient('identity_visualization');
    const [finisher, runner] = await seedIdentities(t.dataSource, client.id, [
      { name: 'Finisher', state: 'i_am_complete' },
      { name: 'Runner', state: 'i_am_complete' },
    ]);
    await t.dataSource.query(`UPDATE identities SET i_am_statement = $2 WHERE user_id = $1`, [
      client.id,
      'I am someone who finishes.',
    ]);
    await t.dataSource
      .getRepository(CoachStateEntity)
      .update({ userId: client.id }, { currentIdentityId: finisher?.id ?? null });
    return { ...client, finisher: finisher?.id ?? '', runner: runner?.id ?? '' };
  };

  it('should answer a message with the model and complete an identity’s visualization with accept_visualization', async () => {
    const client = await finishedClient();
    const before = coachCalls(t).length;
    t.fake.enqueue(
      fakeReplies.json({
        message: 'What a picture. Now imagine a day as a runner: where are you?',
        actions: [
          {
            type: 'accept_visualization',
            params: { id: client.finisher, visualization: 'At my desk at dusk, shipping the last page.' },
          },
        ],
      }),
    );
    const res = await api(t.app, 'POST', '/coach/turns?wait=true', client.headers, {
      message: 'I see myself at my desk at dusk, shipping the last page.',
    });
    const result = res.json<TurnResult>();

    expect(res.statusCode, res.body).toBe(200);
    expect(coachCalls(t).length - before).toBe(1);
    expect(result.turn.status).toBe('done');
    expect(result.messages.map((message) => message.role)).toEqual(['user', 'coach']);
    expect(result.messages[1]?.content).toContain('imagine a day as a runner');
    expect(result.actions.map((action) => [action.type, action.status])).toEqual([
      ['accept_visualization', 'applied'],
    ]);
    const [finisher, runner] = await identitiesOf(t.dataSource, client.id);
    expect(finisher).toMatchObject({
      state: 'visualization_complete',
      visualization: 'At my desk at dusk, shipping the last page.',
    });
    expect(runner?.state).toBe('i_am_complete');
    // The coach moves on to the next identity to picture.
    expect(result.state.currentIdentity?.id).toBe(client.runner);

    // The phase has its own prompt, and its schema offers no way out of the last phase.
    const call = coachCalls(t).at(-1);
    expect(call?.messages.some((message) => message.content.includes('Phase: your identities'))).toBe(true);
    expect(offeredTypes(call)).toEqual(['accept_visualization', 'add_identity_note', 'show_i_am_summary']);
  });

  it('should reject accept_visualization for an identity whose statement is not final and apply the rest', async () => {
    const client = await finishedClient();
    const [draft] = await seedIdentities(t.dataSource, client.id, [
      { name: 'Gardener', state: 'commitment_complete' },
    ]);
    t.fake.enqueue(
      fakeReplies.json({
        message: 'Here is all you built.',
        actions: [
          { type: 'accept_visualization', params: { id: draft?.id, visualization: 'In the garden.' } },
          { type: 'show_i_am_summary', params: {} },
        ],
      }),
    );
    const result = (
      await api(t.app, 'POST', '/coach/turns?wait=true', client.headers, { message: 'The garden, at dawn.' })
    ).json<TurnResult>();

    expect(result.actions.map((action) => [action.type, action.status, action.reasonCode])).toEqual([
      ['accept_visualization', 'rejected', 'missing_i_am_statement'],
      ['show_i_am_summary', 'applied', null],
    ]);
    expect(result.messages[1]?.component).toMatchObject({
      kind: 'i_am_summary',
      phase: 'identity_visualization',
    });
    expect(
      (await identitiesOf(t.dataSource, client.id)).find((item) => item.name === 'Gardener')?.state,
    ).toBe('commitment_complete');
  });
});
