import type { components } from '@dev-coach/api-client';
import { DataSource } from 'typeorm';
import type { MockInstance } from 'vitest';
import { QueueName } from 'src/queue/queue.constants';
import { QueueService } from 'src/queue/queue.service';
import { SentinelScheduler } from 'src/sentinel/sentinel-scheduler.service';
import { SentinelService } from 'src/sentinel/sentinel.service';
import { bearerHeaders, createUser, type AuthHeaders } from 'test/factories/user.factory';
import {
  type ChatRequestBody,
  FakeOpenAiServer,
  type FakeChatReply,
  fakeModelEnv,
} from 'test/fakes/fake-openai-server';
import { api, cardOf, type MessageBody, openCard, pressBody } from 'test/utils/coach-turns';
import { startTestApp, type TestApp } from 'test/utils/test-app';

interface NoteJson {
  id: string;
  text: string;
}

interface Op {
  op: 'add' | 'update' | 'delete';
  id: string;
  text: string;
}

const CRISIS = 'I want to end my life.';
const CRISIS_NOTE = 'Has thought about killing themselves.';

const isSentinel = (body: ChatRequestBody): boolean =>
  body.response_format?.json_schema?.name === 'sentinel_note_operations';

const promptOf = (body: ChatRequestBody | undefined): string =>
  body?.messages.map((message) => message.content).join('\n') ?? '';

// Long-term memory next to the crisis flow, through the real turn pipeline, the real OpenAI SDK
// and the fake server. The debounce window is long, so scheduled jobs never fire on their own:
// scheduling is read from the queue, and each test runs the job's work directly.
describe('sentinel and the safety screen', () => {
  let t: TestApp;
  let fake: FakeOpenAiServer;
  let dataSource: DataSource;
  let sentinel: SentinelService;
  let queue: QueueService;
  let scheduled: MockInstance<SentinelScheduler['afterUserMessage']>;
  let nextOps: Op[] = [];

  beforeAll(async () => {
    fake = await FakeOpenAiServer.start({
      fallback: (body): FakeChatReply =>
        isSentinel(body)
          ? { json: { operations: nextOps } }
          : { json: { message: 'Tell me more.', actions: [] } },
    });
    t = await startTestApp('sentinel_safety', {
      env: {
        ...fakeModelEnv(fake.baseUrl),
        AI_MAX_RETRIES: '0',
        USER_TURNS_PER_MINUTE: '0',
        SENTINEL_DEBOUNCE_MS: '600000',
      },
    });
    dataSource = t.app.get(DataSource);
    sentinel = t.app.get(SentinelService);
    queue = t.app.get(QueueService);
    // Observes the scheduler and calls through: one debounce window dedupes a client's jobs, so
    // the queue alone cannot tell a second scheduling from none.
    scheduled = vi.spyOn(t.app.get(SentinelScheduler), 'afterUserMessage');
  });

  afterAll(async () => {
    await t?.close();
    await fake?.close();
  });

  const newClient = async (): Promise<{ id: string; headers: AuthHeaders }> => {
    const user = await createUser(t.app);
    return { id: user.id, headers: await bearerHeaders(t.app, user) };
  };
  const post = async (headers: AuthHeaders, body: object): Promise<void> => {
    const res = await api(t.app, 'POST', '/coach/turns?wait=true', headers, body);
    expect(res.statusCode, res.body).toBe(200);
  };
  const delayedJobs = async (): Promise<number> => (await queue.counts(QueueName.Sentinel)).delayed;
  const schedulingsFor = (userId: string): number =>
    scheduled.mock.calls.filter(([id]) => id === userId).length;
  const sentinelRequests = (): ChatRequestBody[] => fake.chatRequests().filter(isSentinel);
  const notesOf = async (headers: AuthHeaders): Promise<string[]> =>
    (await api(t.app, 'GET', '/notes', headers)).json<NoteJson[]>().map((note) => note.text);
  const lastCoachMessage = async (headers: AuthHeaders): Promise<MessageBody> => {
    const page = (await api(t.app, 'GET', '/coach/messages?limit=5', headers)).json<
      components['schemas']['MessagePageResponseDto']
    >();
    const coach = [...page.items].reverse().find((message) => message.role === 'coach');
    if (!coach) {
      throw new Error('no coach message');
    }
    return coach;
  };

  describe('when a client writes a crisis message with memory on', () => {
    let client: { id: string; headers: AuthHeaders };

    beforeAll(async () => {
      client = await newClient();
      await api(t.app, 'GET', '/coach/state', client.headers);
      // Whatever the model is asked, it would remember the crisis: only the sentinel stops it.
      nextOps = [{ op: 'add', id: '', text: CRISIS_NOTE }];
    });

    it('should schedule no job, call no model and store no note when the screen flags the message', async () => {
      const jobs = await delayedJobs();
      await post(client.headers, { message: CRISIS });
      expect((await lastCoachMessage(client.headers)).component).toMatchObject({ kind: 'safety_resources' });
      expect(schedulingsFor(client.id)).toBe(0);
      expect(await delayedJobs()).toBe(jobs);

      // A job scheduled earlier in the same window would still run: it must stop on the hold.
      expect(await sentinel.extract(client.id)).toEqual({ status: 'on_hold' });
      expect(sentinelRequests()).toHaveLength(0);
      expect(await notesOf(client.headers)).toEqual([]);
    });

    it('should schedule no job and call no model when the client writes on while on hold', async () => {
      await post(client.headers, { message: 'you misunderstood, whatever' });
      expect(schedulingsFor(client.id)).toBe(0);
      expect(await sentinel.extract(client.id)).toEqual({ status: 'on_hold' });
      expect(sentinelRequests()).toHaveLength(0);
    });

    it('should schedule no job and read nothing when the client presses continue', async () => {
      await post(client.headers, pressBody(await lastCoachMessage(client.headers), 'continue'));
      expect((await api(t.app, 'GET', '/coach/state', client.headers)).json()).toMatchObject({
        safetyHold: null,
      });
      expect(schedulingsFor(client.id)).toBe(0);

      // The hold is off, but every client message left is the crisis, the held turn or the press.
      expect(await sentinel.extract(client.id)).toEqual({ status: 'no_message' });
      expect(sentinelRequests()).toHaveLength(0);
      expect(await notesOf(client.headers)).toEqual([]);
    });

    it('should remember the next ordinary message without the crisis in the model request', async () => {
      const jobs = await delayedJobs();
      await post(client.headers, { message: "I'm a teacher." });
      expect(schedulingsFor(client.id)).toBe(1);
      expect(await delayedJobs()).toBe(jobs + 1);

      nextOps = [{ op: 'add', id: '', text: 'Works as a teacher.' }];
      expect(await sentinel.extract(client.id)).toMatchObject({ status: 'done', applied: 1 });
      expect(sentinelRequests()).toHaveLength(1);
      const prompt = promptOf(sentinelRequests()[0]);
      expect(prompt).toContain("I'm a teacher.");
      expect(prompt).not.toContain(CRISIS);
      expect(prompt).not.toContain('you misunderstood');
      expect(prompt).not.toContain('I’m safe');
      expect(prompt).not.toContain('Thank you for telling me');
      expect(await notesOf(client.headers)).toEqual(['Works as a teacher.']);

      // The coach prompt after that carries no crisis note either.
      await post(client.headers, { message: 'What do we do next?' });
      const coach = fake
        .chatRequests()
        .filter((body) => !isSentinel(body))
        .at(-1);
      expect(promptOf(coach)).toContain('Works as a teacher.');
      expect(promptOf(coach)).not.toContain(CRISIS_NOTE);
    });
  });

  it('should leave out a flagged message when the job reads an exchange the screen let through', async () => {
    const client = await newClient();
    await api(t.app, 'GET', '/coach/state', client.headers);
    // The job runs later than the screen and must not trust it (a message kept from before the
    // screen existed, or one it let through): the message goes straight into the history.
    await dataSource.query(`INSERT INTO chat_messages (user_id, role, content) VALUES ($1, 'user', $2)`, [
      client.id,
      CRISIS,
    ]);
    await post(client.headers, { message: 'I live in Porto.' });
    nextOps = [{ op: 'add', id: '', text: 'Lives in Porto.' }];
    const before = sentinelRequests().length;
    expect(await sentinel.extract(client.id)).toMatchObject({ status: 'done', applied: 1 });
    const prompt = promptOf(sentinelRequests().at(before));
    expect(prompt).toContain('I live in Porto.');
    expect(prompt).not.toContain(CRISIS);
  });

  it('should schedule no job when the client presses a card button', async () => {
    const client = await newClient();
    await api(t.app, 'GET', '/coach/state', client.headers);
    fake.enqueue({
      content: JSON.stringify({
        message: 'Shall we begin?',
        actions: [{ type: 'show_intro_choices', params: {} }],
      }),
    });
    await post(client.headers, { message: 'Hello there.' });
    const card = await openCard(t.app, client.headers);
    const withReply = card ? cardOf(card)?.buttons.find((button) => button.reply) : undefined;
    expect(withReply, JSON.stringify(card?.component)).toBeDefined();
    const typed = schedulingsFor(client.id);
    await post(client.headers, pressBody(card as MessageBody, withReply?.id));
    const [said] = await dataSource.query<{ content: string }[]>(
      `SELECT content FROM chat_messages WHERE user_id = $1 AND role = 'user' AND content = $2`,
      [client.id, withReply?.reply],
    );
    // The press saved its reply text as the client's words: only the rule keeps it from the job.
    expect(said?.content.length).toBeGreaterThan(0);
    expect(schedulingsFor(client.id)).toBe(typed);
  });

  it('should reject and never store a crisis note when the model proposes one for an ordinary message', async () => {
    const client = await newClient();
    await post(client.headers, { message: "I'm a nurse." });
    nextOps = [
      { op: 'add', id: '', text: CRISIS_NOTE },
      { op: 'add', id: '', text: 'Works as a nurse.' },
    ];
    expect(await sentinel.extract(client.id)).toMatchObject({ status: 'done', applied: 1, rejected: 1 });
    const [nurse] = (await api(t.app, 'GET', '/notes', client.headers)).json<NoteJson[]>();
    expect(nurse?.text).toBe('Works as a nurse.');

    await post(client.headers, { message: 'Work has been hard lately.' });
    nextOps = [{ op: 'update', id: nurse?.id ?? '', text: 'Wants to end their life.' }];
    expect(await sentinel.extract(client.id)).toMatchObject({ status: 'done', applied: 0, rejected: 1 });
    expect(await notesOf(client.headers)).toEqual(['Works as a nurse.']);

    const rows = await dataSource.query<{ status: string; reason: string | null; text: string }[]>(
      `SELECT status, reason, operation ->> 'text' AS text FROM sentinel_operations
       WHERE user_id = $1 ORDER BY created_at, op_index`,
      [client.id],
    );
    expect(rows).toEqual([
      { status: 'rejected', reason: 'crisis content', text: CRISIS_NOTE },
      { status: 'applied', reason: null, text: 'Works as a nurse.' },
      { status: 'rejected', reason: 'crisis content', text: 'Wants to end their life.' },
    ]);
    const stored = await dataSource.query<{ count: string }[]>(
      `SELECT count(*) FROM user_notes WHERE user_id = $1 AND text IN ($2, $3)`,
      [client.id, CRISIS_NOTE, 'Wants to end their life.'],
    );
    expect(Number(stored[0]?.count)).toBe(0);
  });
});
