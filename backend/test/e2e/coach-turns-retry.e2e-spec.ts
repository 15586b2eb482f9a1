import type { components } from '@dev-coach/api-client';
import type { AuthHeaders } from 'test/factories/user.factory';
import { fakeReplies } from 'test/fakes/fake-openai-server';
import { api, type FakeModelApp, startFakeModelApp } from 'test/utils/coach-turns';

type TurnResult = components['schemas']['TurnResultResponseDto'];

interface Event {
  id: number;
  type: string;
  data: Record<string, unknown>;
}

const parseEvents = (body: string): Event[] =>
  body
    .split('\n\n')
    .filter((block) => block.includes('event: '))
    .map((block) => {
      const field = (name: string): string =>
        block
          .split('\n')
          .find((line) => line.startsWith(`${name}: `))
          ?.slice(name.length + 2) ?? '';
      return {
        id: Number(field('id')),
        type: field('event'),
        data: JSON.parse(field('data')) as Record<string, unknown>,
      };
    });

// Every new attempt of a turn opens with a `restart` event that carries its number, and a
// subscriber without Last-Event-ID joins the current attempt instead of replaying a failed one.
describe('coach turn retries and the event stream', () => {
  let t: FakeModelApp;

  beforeAll(async () => {
    t = await startFakeModelApp('coach_turns_retry');
  });

  afterAll(async () => {
    await t?.close();
  });

  const newClient = async (): Promise<AuthHeaders> => (await t.newClient()).headers;

  const eventsOf = async (headers: Record<string, string>, turnId: string): Promise<Event[]> =>
    parseEvents((await api(t.app, 'GET', `/coach/turns/${turnId}/events`, headers)).body);

  it('should open a client retry of a failed turn with restart (attempt 2) and serve a new subscriber only that attempt', async () => {
    const client = await newClient();
    const headers = { ...client, 'idempotency-key': 'retry-after-failure' };
    t.fake.enqueue({ ...fakeReplies.serverError(), firstTokenDelayMs: 10 });
    const failed = await api(t.app, 'POST', '/coach/turns?wait=true', headers, { message: 'Hello' });
    expect(failed.json<TurnResult>().turn.status).toBe('failed');
    const turnId = failed.json<TurnResult>().turn.id;

    t.fake.enqueue(fakeReplies.json({ message: 'Here I am again.', actions: [] }));
    const retried = await api(t.app, 'POST', '/coach/turns?wait=true', headers, { message: 'Hello' });
    expect(retried.statusCode, retried.body).toBe(200);
    const result = retried.json<TurnResult>();
    expect(result.turn.id).toBe(turnId);
    expect(result.turn.status).toBe('done');
    expect(result.messages.map((message) => message.role)).toEqual(['user', 'coach']);

    const joined = await eventsOf(client, turnId);
    expect(joined[0]).toMatchObject({ type: 'restart', data: { pass: 0, attempt: 2 } });
    expect(joined.some((event) => event.type === 'error')).toBe(false);
    expect(joined[joined.length - 1]?.type).toBe('done');
    expect(
      joined
        .filter((event) => event.type === 'delta')
        .map((event) => event.data.text)
        .join(''),
    ).toBe('Here I am again.');

    // Last-Event-ID 0 asks for everything: the failed attempt's error, then the new attempt.
    const all = await eventsOf({ ...client, 'last-event-id': '0' }, turnId);
    const types = all.map((event) => event.type);
    expect(types.indexOf('error')).toBeGreaterThanOrEqual(0);
    expect(types.indexOf('error')).toBeLessThan(types.indexOf('restart'));
    expect(all.slice(types.indexOf('restart')).map((event) => event.id)).toEqual(
      joined.map((event) => event.id),
    );
  });

  it('should open a queue retry of a crashed job with restart (attempt 2) and store only the second reply', async () => {
    const client = await newClient();
    // A database failure the first attempt cannot survive (a real error from PostgreSQL, once).
    await t.dataSource.query(`
      CREATE OR REPLACE FUNCTION test_fail_boom() RETURNS trigger AS $$
      BEGIN
        IF NEW.content = 'BOOM' THEN RAISE EXCEPTION 'injected failure'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await t.dataSource.query(
      `CREATE TRIGGER test_fail_boom BEFORE INSERT ON chat_messages FOR EACH ROW EXECUTE FUNCTION test_fail_boom()`,
    );
    try {
      t.fake.enqueue(
        fakeReplies.json({ message: 'BOOM', actions: [] }),
        fakeReplies.json({ message: 'Second time lucky.', actions: [] }),
      );
      const res = await api(t.app, 'POST', '/coach/turns?wait=true', client, { message: 'Hi' });
      const result = res.json<TurnResult>();
      expect(result.turn.status, JSON.stringify(result.turn)).toBe('done');
      expect(result.messages.map((message) => message.content)).toEqual(['Hi', 'Second time lucky.']);

      const all = await eventsOf({ ...client, 'last-event-id': '0' }, result.turn.id);
      const restart = all.find((event) => event.type === 'restart');
      expect(restart?.data).toMatchObject({ pass: 0, attempt: 2 });
      expect(all.filter((event) => event.type === 'delta').map((event) => event.data.text)).toEqual(
        expect.arrayContaining(['BOOM']),
      );
      const joined = await eventsOf(client, result.turn.id);
      expect(joined[0]?.id).toBe(restart?.id);
      expect(
        joined
          .filter((event) => event.type === 'delta')
          .map((event) => event.data.text)
          .join(''),
      ).toBe('Second time lucky.');
    } finally {
      await t.dataSource.query(`DROP TRIGGER test_fail_boom ON chat_messages`);
      await t.dataSource.query(`DROP FUNCTION test_fail_boom()`);
    }
  });
});
