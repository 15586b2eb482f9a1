import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { QueueName } from 'src/queue/queue.constants';
import { QueueService } from 'src/queue/queue.service';
import { SentinelService } from 'src/sentinel/sentinel.service';
import { bearerHeaders, createUser, type AuthHeaders } from 'test/factories/user.factory';
import {
  type ChatRequestBody,
  FakeOpenAiServer,
  type FakeChatReply,
  fakeModelEnv,
} from 'test/fakes/fake-openai-server';
import { api } from 'test/utils/coach-turns';
import { startTestApp, type TestApp } from 'test/utils/test-app';

interface NoteJson {
  id: string;
  text: string;
  editedByUser: boolean;
}

interface Op {
  op: 'add' | 'update' | 'delete';
  id: string;
  text: string;
}

const SENTINEL_SCHEMA = 'sentinel_note_operations';

const isSentinel = (body: ChatRequestBody): boolean =>
  body.response_format?.json_schema?.name === SENTINEL_SCHEMA;

const notesApi = (
  t: TestApp,
  method: 'GET' | 'PATCH' | 'DELETE',
  url: string,
  headers: AuthHeaders,
  payload?: object,
) => t.app.inject({ method, url: `/api/v1/notes${url}`, headers, payload });

const sentinelCalls = async (dataSource: DataSource, userId: string): Promise<number> => {
  const rows = await dataSource.query<{ count: string }[]>(
    `SELECT count(*) FROM llm_calls WHERE purpose = 'sentinel' AND user_id = $1`,
    [userId],
  );
  return Number(rows[0]?.count);
};

// The sentinel against the real OpenAI SDK and the fake server. The debounce window is long
// here, so scheduled jobs never fire on their own: each test runs the job's work directly.
describe('sentinel memory through the fake OpenAI server', () => {
  let t: TestApp;
  let fake: FakeOpenAiServer;
  let dataSource: DataSource;
  let sentinel: SentinelService;
  let queue: QueueService;
  let client: { id: string; headers: AuthHeaders };
  let other: { id: string; headers: AuthHeaders };
  let nextOps: Op[] | null = null;

  beforeAll(async () => {
    fake = await FakeOpenAiServer.start({
      fallback: (body): FakeChatReply =>
        isSentinel(body)
          ? { json: { operations: nextOps ?? [] } }
          : { json: { message: 'Tell me more.', actions: [] } },
    });
    t = await startTestApp('sentinel', {
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
    const a = await createUser(t.app);
    const b = await createUser(t.app);
    client = { id: a.id, headers: await bearerHeaders(t.app, a) };
    other = { id: b.id, headers: await bearerHeaders(t.app, b) };
  });

  afterAll(async () => {
    await t?.close();
    await fake?.close();
  });

  const say = async (headers: AuthHeaders, message: string): Promise<void> => {
    const res = await api(t.app, 'POST', '/coach/turns?wait=true', headers, { message });
    expect(res.statusCode, res.body).toBe(200);
  };
  const notesOf = async (headers: AuthHeaders): Promise<NoteJson[]> =>
    (await notesApi(t, 'GET', '', headers)).json<NoteJson[]>();
  const sentinelRequests = (): ChatRequestBody[] => fake.chatRequests().filter(isSentinel);

  it('should add notes from the model and schedule one job when the client writes', async () => {
    const before = await queue.counts(QueueName.Sentinel);
    await say(client.headers, "I'm a nurse and my daughter is 5.");
    expect((await queue.counts(QueueName.Sentinel)).delayed).toBe(before.delayed + 1);

    nextOps = [
      { op: 'add', id: '', text: 'Works as a nurse.' },
      { op: 'add', id: '', text: 'Has a daughter aged 5.' },
    ];
    const outcome = await sentinel.extract(client.id);
    expect(outcome).toMatchObject({ status: 'done', applied: 2, rejected: 0 });
    expect((await notesOf(client.headers)).map((note) => note.text)).toEqual([
      'Works as a nurse.',
      'Has a daughter aged 5.',
    ]);
    const request = sentinelRequests().at(-1);
    const prompt = request?.messages.map((message) => message.content).join('\n') ?? '';
    expect(prompt).toContain("You keep the coach's long-term memory");
    expect(prompt).toContain("I'm a nurse and my daughter is 5.");
    expect(await sentinelCalls(dataSource, client.id)).toBe(1);
  });

  it('should change nothing and call no model when the same job runs again', async () => {
    const requests = sentinelRequests().length;
    nextOps = [{ op: 'add', id: '', text: 'Works as a nurse.' }];
    expect(await sentinel.extract(client.id)).toEqual({ status: 'already_done' });
    expect(await sentinel.extract(client.id)).toEqual({ status: 'already_done' });
    expect(sentinelRequests()).toHaveLength(requests);
    expect(await notesOf(client.headers)).toHaveLength(2);
  });

  it('should update and delete notes by id when the model asks for it', async () => {
    const [nurse, daughter] = await notesOf(client.headers);
    await say(client.headers, 'Actually I became a head nurse, and please forget about my daughter.');
    nextOps = [
      { op: 'update', id: nurse?.id ?? '', text: 'Works as a head nurse.' },
      { op: 'delete', id: daughter?.id ?? '', text: '' },
    ];
    expect(await sentinel.extract(client.id)).toMatchObject({ status: 'done', applied: 2 });
    const notes = await notesOf(client.headers);
    expect(notes.map((note) => note.text)).toEqual(['Works as a head nurse.']);
    // Soft delete: the row stays so nothing can bring the note back.
    const rows = await dataSource.query<{ deleted_at: Date | null }[]>(
      `SELECT deleted_at FROM user_notes WHERE id = $1`,
      [daughter?.id],
    );
    expect(rows[0]?.deleted_at).not.toBeNull();
  });

  it('should ignore and record an operation when it names an unknown or foreign note id', async () => {
    await say(other.headers, 'My dog is called Rex.');
    nextOps = [{ op: 'add', id: '', text: 'Has a dog.' }];
    await sentinel.extract(other.id);
    const [foreign] = await notesOf(other.headers);

    const before = await notesOf(client.headers);
    await say(client.headers, 'I run every morning.');
    nextOps = [
      { op: 'delete', id: randomUUID(), text: '' },
      { op: 'update', id: 'note-1', text: 'Whatever.' },
      { op: 'delete', id: foreign?.id ?? '', text: '' },
      { op: 'add', id: '', text: 'Runs every morning.' },
    ];
    expect(await sentinel.extract(client.id)).toMatchObject({ status: 'done', applied: 1, rejected: 3 });
    expect((await notesOf(client.headers)).map((note) => note.text)).toEqual([
      ...before.map((note) => note.text),
      'Runs every morning.',
    ]);
    expect(await notesOf(other.headers)).toHaveLength(1);
    const rejected = await dataSource.query<{ reason: string }[]>(
      `SELECT reason FROM sentinel_operations WHERE user_id = $1 AND status = 'rejected'`,
      [client.id],
    );
    expect(rejected.map((row) => row.reason)).toEqual([
      'unknown note id',
      'unknown note id',
      'unknown note id',
    ]);
  });

  it('should leave a note alone when the client edited it', async () => {
    const [first] = await notesOf(client.headers);
    const edited = await notesApi(t, 'PATCH', `/${first?.id}`, client.headers, {
      text: '  Head nurse, nights.  ',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<NoteJson>()).toMatchObject({ text: 'Head nurse, nights.', editedByUser: true });

    await say(client.headers, 'Work is fine.');
    nextOps = [{ op: 'update', id: first?.id ?? '', text: 'Works as a nurse.' }];
    expect(await sentinel.extract(client.id)).toMatchObject({ status: 'done', applied: 0, skipped: 1 });
    expect((await notesOf(client.headers))[0]?.text).toBe('Head nurse, nights.');
  });

  it('should answer 404 when a client edits or deletes another client’s note', async () => {
    const [foreign] = await notesOf(other.headers);
    const patch = await notesApi(t, 'PATCH', `/${foreign?.id}`, client.headers, { text: 'Mine now.' });
    expect(patch.statusCode).toBe(404);
    expect(patch.json()).toMatchObject({ code: 'note_not_found' });
    expect((await notesApi(t, 'DELETE', `/${foreign?.id}`, client.headers)).statusCode).toBe(404);
    expect((await notesApi(t, 'DELETE', `/${randomUUID()}`, client.headers)).statusCode).toBe(404);
    expect((await notesOf(other.headers))[0]?.text).toBe('Has a dog.');
  });

  it('should answer 400 when the note text is empty or oversized or the id is not a uuid', async () => {
    const [mine] = await notesOf(client.headers);
    for (const text of ['', '   ', 'x'.repeat(501)]) {
      const res = await notesApi(t, 'PATCH', `/${mine?.id}`, client.headers, { text });
      expect(res.statusCode, text).toBe(400);
    }
    expect((await notesApi(t, 'PATCH', `/${mine?.id}`, client.headers, {})).statusCode).toBe(400);
    expect((await notesApi(t, 'DELETE', '/not-a-uuid', client.headers)).statusCode).toBe(400);
  });

  it('should delete a note softly and never bring it back when the job is replayed', async () => {
    const [mine] = await notesOf(client.headers);
    expect((await notesApi(t, 'DELETE', `/${mine?.id}`, client.headers)).statusCode).toBe(204);
    expect((await notesOf(client.headers)).some((note) => note.id === mine?.id)).toBe(false);
    expect(await sentinel.extract(client.id)).toEqual({ status: 'already_done' });
    expect((await notesOf(client.headers)).some((note) => note.id === mine?.id)).toBe(false);
    expect((await notesApi(t, 'DELETE', `/${mine?.id}`, client.headers)).statusCode).toBe(404);
  });

  it('should put live notes in the coach prompt when memory is on', async () => {
    await say(client.headers, 'Hello again.');
    const coach = fake
      .chatRequests()
      .filter((body) => !isSentinel(body))
      .at(-1);
    const prompt = coach?.messages.map((message) => message.content).join('\n') ?? '';
    expect(prompt).toContain('Runs every morning.');
  });

  it('should schedule no job and keep notes out of the prompt when memory is off', async () => {
    const off = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: client.headers,
      payload: { memoryEnabled: false },
    });
    expect(off.statusCode, off.body).toBe(200);
    const before = await queue.counts(QueueName.Sentinel);
    const requests = sentinelRequests().length;
    await say(client.headers, 'I moved to Lisbon.');
    expect(await queue.counts(QueueName.Sentinel)).toEqual(before);
    const coach = fake
      .chatRequests()
      .filter((body) => !isSentinel(body))
      .at(-1);
    const prompt = coach?.messages.map((message) => message.content).join('\n') ?? '';
    expect(prompt).toContain('I moved to Lisbon.');
    expect(prompt).not.toContain('Runs every morning.');
    // A job scheduled before the switch does nothing either.
    expect(await sentinel.extract(client.id)).toEqual({ status: 'memory_off' });
    expect(sentinelRequests()).toHaveLength(requests);
  });
});

// Real timing: a short window, the in-process queue and the offline demo provider.
describe('sentinel debounce with the demo provider', () => {
  // 5 s, not 1.5: three turns must fit in one window, which a loaded machine can overrun.
  const WINDOW_MS = 5000;
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('sentinel_debounce', {
      env: {
        AI_PROVIDER: 'demo',
        AI_DEMO_CHUNK_DELAY_MS: '0',
        USER_TURNS_PER_MINUTE: '0',
        SENTINEL_DEBOUNCE_MS: String(WINDOW_MS),
      },
    });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should make one job and one model call when three messages arrive in a burst', async () => {
    const dataSource = t.app.get(DataSource);
    const user = await createUser(t.app);
    const headers = await bearerHeaders(t.app, user);
    await api(t.app, 'GET', '/coach/state', headers);
    // Start at the beginning of a window so the burst cannot straddle two.
    await sleep(WINDOW_MS - (Date.now() % WINDOW_MS) + 20);
    for (const message of ['Hi!', 'Let me tell you about me.', "I'm a nurse. My daughter is 5."]) {
      const res = await api(t.app, 'POST', '/coach/turns?wait=true', headers, { message });
      expect(res.statusCode, res.body).toBe(200);
    }
    expect(await sentinelCalls(dataSource, user.id)).toBe(0);
    const deadline = Date.now() + WINDOW_MS * 4;
    const notes = async () => (await api(t.app, 'GET', '/notes', headers)).json<NoteJson[]>();
    // Wait for the notes, not the llm_calls row: that row is written before the notes' transaction.
    while ((await notes()).length < 2 && Date.now() < deadline) {
      await sleep(100);
    }
    await sleep(300);
    expect(await sentinelCalls(dataSource, user.id)).toBe(1);
    expect((await notes()).map((note) => note.text)).toEqual(['Is a nurse.', 'Their daughter is 5.']);
  });
});
