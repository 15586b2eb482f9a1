import type { components } from '@dev-coach/api-client';
import { CoachStateEntity } from 'src/coaching/entities/coach-state.entity';
import { type ChatRequestBody, fakeReplies } from 'test/fakes/fake-openai-server';
import { api, type FakeModelApp, startFakeModelApp } from 'test/utils/coach-turns';
import { stateOf } from 'test/utils/coaching';

type TurnResult = components['schemas']['TurnResultResponseDto'];

const isCoachCall = (body: ChatRequestBody): boolean =>
  body.response_format?.json_schema?.name === 'coach_reply';

const systemText = (body: ChatRequestBody | undefined): string =>
  (body?.messages ?? [])
    .filter((message) => message.role === 'system')
    .map((message) => message.content)
    .join('\n');

const offeredTypes = (body: ChatRequestBody | undefined): string[] => {
  const schema = body?.response_format?.json_schema?.schema as {
    properties: { actions: { items: { anyOf?: { properties: { type: { enum: string[] } } }[] } } };
  };
  return (schema.properties.actions.items.anyOf ?? []).flatMap((item) => item.properties.type.enum);
};

// What the model is told about where the client stands: the areas in order and the skipped
// ones, whether the client wrote anything this turn, and that the hand-off pass keeps the focus.
describe('the coach turn prompt context', () => {
  let t: FakeModelApp;

  beforeAll(async () => {
    t = await startFakeModelApp('coach_turns_prompt_context');
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should show the area order and skipped areas, flag the hand-off pass as having no new message, and keep its focus', async () => {
    const client = await t.newClient('identity_brainstorming');
    await t.dataSource
      .getRepository(CoachStateEntity)
      .update({ userId: client.id }, { skippedCategories: ['keeper_of_money'] });
    const before = t.fake.chatRequests().filter(isCoachCall).length;
    t.fake.enqueue(
      fakeReplies.json({
        message: 'A painter! Next up: how you make money.',
        actions: [
          {
            type: 'create_identity',
            params: { name: 'Painter', category: 'passions_and_talents', note: '' },
          },
          { type: 'focus_category', params: { category: 'maker_of_money' } },
        ],
      }),
      // The hand-off pass tries to move on again before the client has said a word.
      fakeReplies.json({
        message: 'What do you do for a living?',
        actions: [{ type: 'focus_category', params: { category: 'spiritual' } }],
      }),
    );
    const res = await api(t.app, 'POST', '/coach/turns?wait=true', client.headers, {
      message: 'I paint watercolours on weekends.',
    });
    const result = res.json<TurnResult>();
    expect(res.statusCode, res.body).toBe(200);

    const [first, second] = t.fake.chatRequests().filter(isCoachCall).slice(before);
    expect(second).toBeDefined();
    const firstText = systemText(first);
    expect(firstText).toContain(
      '1. Passions and talents (passions_and_talents): no identity yet ← focus now',
    );
    expect(firstText).toContain('3. Keeper of money (keeper_of_money): skipped');
    expect(firstText).toMatch(
      /skip \(don't reopen one unless they ask\):\n- Keeper of money \(keeper_of_money\)/,
    );
    expect(firstText).toContain('New message from');
    expect(firstText).toMatch(/this turn: yes: /);
    expect(offeredTypes(first)).toContain('focus_category');

    const secondText = systemText(second);
    expect(secondText).toMatch(/this turn: no: the client has not written since your last message/);
    expect(secondText).toContain('2. Maker of money (maker_of_money): no identity yet ← focus now');
    // The hand-off pass is not offered a focus move, and one sent anyway is rejected and logged.
    expect(offeredTypes(second)).not.toContain('focus_category');
    expect(offeredTypes(second)).not.toContain('skip_category');
    expect(result.actions.map((action) => [action.type, action.status, action.reasonCode])).toEqual([
      ['create_identity', 'applied', null],
      ['focus_category', 'applied', null],
      ['focus_category', 'rejected', 'focus_locked'],
    ]);
    expect(result.messages.map((message) => message.content)).toEqual([
      'I paint watercolours on weekends.',
      'A painter! Next up: how you make money.',
      'What do you do for a living?',
    ]);
    expect((await stateOf(t.dataSource, client.id)).identityFocus).toBe('maker_of_money');
    const logs = await t.dataSource.query<{ type: string; status: string; reason_code: string | null }[]>(
      `SELECT type, status, reason_code FROM action_logs WHERE turn_id = $1 AND status = 'rejected'`,
      [result.turn.id],
    );
    expect(logs).toEqual([{ type: 'focus_category', status: 'rejected', reason_code: 'focus_locked' }]);
  });

  it('should tell the model no client message came when the turn follows a video’s Continue', async () => {
    const client = await t.newClient();
    const welcome = (await api(t.app, 'GET', '/coach/messages?limit=5', client.headers)).json<
      components['schemas']['MessagePageResponseDto']
    >().items[0];
    const card = welcome?.component as {
      buttons: { id: string; actions: { type: string; params: object }[] }[];
    };
    const button = card.buttons[0];
    const before = t.fake.chatRequests().filter(isCoachCall).length;
    t.fake.enqueue(fakeReplies.json({ message: 'Welcome! Shall we begin?', actions: [] }));
    const res = await api(t.app, 'POST', '/coach/turns?wait=true', client.headers, {
      button: { messageId: welcome?.id, buttonId: button?.id },
      actions: button?.actions.map((action) => ({ type: action.type, params: action.params })),
    });
    expect(res.statusCode, res.body).toBe(200);
    const [call] = t.fake.chatRequests().filter(isCoachCall).slice(before);
    expect(systemText(call)).toMatch(/this turn: no: /);
  });
});
