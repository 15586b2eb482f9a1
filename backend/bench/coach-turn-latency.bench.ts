import { randomBytes } from 'node:crypto';
import { bearerHeaders, createUser, type AuthHeaders } from 'test/factories/user.factory';
import { FakeOpenAiServer, type FakeChatReply, type RecordedRequest } from 'test/fakes/fake-openai-server';
import { api } from 'test/utils/coach-turns';
import {
  distribution,
  epochNow,
  readSse,
  round,
  withCpuProfile,
  writeBenchResult,
  type SseEvent,
} from 'test/utils/bench';
import { startApiProcess } from 'test/utils/process';
import { deleteRedisKeys, redisAvailable, testRedisUrl } from 'test/utils/redis';
import { startTestApp, type TestApp } from 'test/utils/test-app';

// quality.md, Performance: server-added time to first token (our first SSE `delta` minus the fake
// provider's first token) and pre-LLM overhead (POST sent → provider request received), 50
// concurrent turns of 50 clients, in both queue modes. The client and the fake provider run in
// this process on one clock (performance.timeOrigin + now()); the API and its workers run here
// too or in their own process (LAYOUTS).

const FIRST_TOKEN_DELAY_MS = Number(process.env.BENCH_FIRST_TOKEN_DELAY_MS ?? 300);
const CHUNK_DELAY_MS = 20;
const CONCURRENT_TURNS = Number(process.env.BENCH_CONCURRENT_TURNS ?? 50);
const SEQUENTIAL_TURNS = 10;
// The load of issue #14: LOAD_STREAMS clients each post a turn and follow its stream while
// LOAD_CRUD_LOOPS other clients create, read, rename and delete identities and read their state
// in a loop; the fake model takes 500 ms to its first token and ~1.5 s to stream the reply.
// BENCH_LOAD_STREAMS=0 skips it.
const LOAD_STREAMS = Number(process.env.BENCH_LOAD_STREAMS ?? 200);
const LOAD_CRUD_LOOPS = 20;
const LOAD_FIRST_TOKEN_DELAY_MS = 500;
const LOAD_CHUNK_DELAY_MS = 250;
// Turns before anything is measured, in rounds of WARMUP_ROUND at once, then a few one by one:
// a server answers thousands of turns, so what counts is its code once V8 has optimised it. With
// five warm-up turns (the bench until 5 December 2026) the sequential phase ran mostly
// interpreted code: about 55 ms of API CPU a turn, against about 33 ms once warm.
const WARMUP_TURNS = Number(process.env.BENCH_WARMUP_TURNS ?? 60);
const WARMUP_ROUND = 10;
const WARMUP_SEQUENTIAL = 5;
const TAG = /bench-turn-([0-9a-f]{16})/;

// The first content chunk already carries message text, so a delta can leave at once: what we
// measure is our own pipeline, not the parser waiting for `{"message":"`.
const REPLY_CHUNKS = [
  '{"message":"Hello',
  ' there. Let us ',
  'start with who ',
  'you are today',
  ' and who you ',
  'want to become.',
  '","actions":[]}',
];

interface TurnSample {
  clientSentAt: number;
  postStatus: number;
  postMs: number;
  providerReceivedAt: number | null;
  providerFirstTokenAt: number | null;
  firstDeltaAt: number | null;
  doneAt: number | null;
  error: string | null;
}

const runTurn = async (
  baseUrl: string,
  headers: AuthHeaders,
  providerRequests: Map<string, RecordedRequest>,
): Promise<TurnSample> => {
  const tag = randomBytes(8).toString('hex');
  const clientSentAt = epochNow();
  const posted = await fetch(`${baseUrl}/api/v1/coach/turns`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ message: `Tell me more, bench-turn-${tag}` }),
  });
  const postMs = epochNow() - clientSentAt;
  const body = (await posted.json()) as { turn?: { id: string }; code?: string };
  const sample: TurnSample = {
    clientSentAt,
    postStatus: posted.status,
    postMs,
    providerReceivedAt: null,
    providerFirstTokenAt: null,
    firstDeltaAt: null,
    doneAt: null,
    error: null,
  };
  if (posted.status !== 202 || !body.turn) {
    sample.error = `POST ${posted.status} ${body.code ?? ''}`;
    return sample;
  }
  const sse = await fetch(`${baseUrl}/api/v1/coach/turns/${body.turn.id}/events`, { headers });
  const events: SseEvent[] = await readSse(sse);
  sample.firstDeltaAt = events.find((event) => event.type === 'delta')?.at ?? null;
  const last = events[events.length - 1];
  sample.doneAt = last?.type === 'done' ? last.at : null;
  if (last?.type !== 'done') {
    sample.error = `stream ended with ${last?.type ?? 'nothing'}`;
  }
  const provider = providerRequests.get(tag);
  sample.providerReceivedAt = provider?.receivedAt ?? null;
  sample.providerFirstTokenAt = provider?.firstTokenSentAt ?? null;
  return sample;
};

interface CrudSample {
  ms: number;
  status: number;
}

/** One client's create → list → rename → delete → state loop, until `stop()` says so. */
const crudLoop = async (
  baseUrl: string,
  headers: AuthHeaders,
  stop: () => boolean,
  samples: CrudSample[],
): Promise<void> => {
  const call = async (method: string, path: string, body?: object): Promise<unknown> => {
    const started = epochNow();
    const response = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: body ? { ...headers, 'content-type': 'application/json' } : headers,
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    samples.push({ ms: epochNow() - started, status: response.status });
    return response.ok && text ? (JSON.parse(text) as unknown) : null;
  };
  for (let lap = 0; !stop(); lap += 1) {
    const created = await call('POST', '/identities', {
      name: `Bench runner ${lap}`,
      category: 'physical_expression',
    });
    const id = (created as { id?: string } | null)?.id;
    await call('GET', '/identities');
    if (id) {
      await call('PATCH', `/identities/${id}`, { name: `Bench walker ${lap}` });
      await call('DELETE', `/identities/${id}`);
    }
    await call('GET', '/coach/state');
  }
};

const summarise = (samples: TurnSample[]) => {
  const ok = samples.filter(
    (sample) =>
      !sample.error && sample.firstDeltaAt && sample.providerFirstTokenAt && sample.providerReceivedAt,
  );
  return {
    turns: samples.length,
    errors: samples.length - ok.length,
    errorSamples: [...new Set(samples.map((sample) => sample.error).filter(Boolean))].slice(0, 5),
    serverAddedTtftMs: distribution(ok.map((s) => (s.firstDeltaAt ?? 0) - (s.providerFirstTokenAt ?? 0))),
    preLlmOverheadMs: distribution(ok.map((s) => (s.providerReceivedAt ?? 0) - s.clientSentAt)),
    postResponseMs: distribution(ok.map((s) => s.postMs)),
    clientTtftMs: distribution(ok.map((s) => (s.firstDeltaAt ?? 0) - s.clientSentAt)),
    postToDoneMs: distribution(ok.map((s) => (s.doneAt ?? 0) - s.clientSentAt)),
  };
};

/** The load: LOAD_STREAMS turns streamed at once while LOAD_CRUD_LOOPS clients loop. */
const runLoad = async (
  baseUrl: string,
  take: (count: number) => AuthHeaders[],
  providerRequests: Map<string, RecordedRequest>,
  setLoadPhase: (on: boolean) => void,
) => {
  const streamers = take(LOAD_STREAMS);
  const crudClients = take(LOAD_CRUD_LOOPS);
  setLoadPhase(true);
  try {
    let finished = false;
    const crud: CrudSample[] = [];
    const loops = crudClients.map((headers) => crudLoop(baseUrl, headers, () => finished, crud));
    const started = epochNow();
    const streams = await Promise.all(
      streamers.map((headers) => runTurn(baseUrl, headers, providerRequests)),
    );
    const wallMs = round(epochNow() - started);
    finished = true;
    await Promise.all(loops);
    const failed = crud.filter((sample) => sample.status >= 400).length;
    return {
      streams: LOAD_STREAMS,
      crudLoops: LOAD_CRUD_LOOPS,
      firstTokenDelayMs: LOAD_FIRST_TOKEN_DELAY_MS,
      chunkDelayMs: LOAD_CHUNK_DELAY_MS,
      wallMs,
      turns: summarise(streams),
      crud: {
        requests: crud.length,
        errors: failed,
        errorRate: crud.length ? round(failed / crud.length, 4) : 0,
        latencyMs: distribution(crud.map((sample) => sample.ms)),
      },
    };
  } finally {
    setLoadPhase(false);
  }
};

const QUEUES = [
  { name: 'inProcess', label: 'in-process', redis: false },
  { name: 'bullmq', label: 'BullMQ', redis: true },
] as const;

// Where the API runs. `shared`: in this process, beside the client and the fake provider (one
// event loop for all three, the layout of every figure before 5 December 2026). `apiProcess`:
// the built server (`node backend/dist/main.js`, its own workers) in a child process, as in
// production, where the clients and the model are elsewhere; both still share the 2 cores.
const LAYOUTS = (process.env.BENCH_TURN_LAYOUTS ?? 'shared,apiProcess').split(',');
const MODES = QUEUES.flatMap((queue) =>
  LAYOUTS.map((layout) => ({
    ...queue,
    layout,
    key: layout === 'shared' ? queue.name : `${queue.name}ApiProcess`,
    title: `${queue.label} queue, ${layout === 'shared' ? 'one process' : 'API in its own process'}`,
  })),
);

const results: Record<string, unknown> = {
  description:
    'serverAddedTtftMs = first SSE delta received by the client - first token sent by the fake provider; ' +
    'preLlmOverheadMs = provider request received - client POST sent. Layout shared: client, API, worker and ' +
    'fake provider share one process, so numbers include event-loop contention with the load itself; ' +
    'layout apiProcess: the built API (with its workers) in its own process. All share the 2 cores.',
  firstTokenDelayMs: FIRST_TOKEN_DELAY_MS,
  chunkDelayMs: CHUNK_DELAY_MS,
  concurrentTurns: CONCURRENT_TURNS,
  sequentialTurns: SEQUENTIAL_TURNS,
  warmupTurns: WARMUP_TURNS + WARMUP_SEQUENTIAL,
  budget: { serverAddedTtftP95Ms: 50, preLlmOverheadP95Ms: 20, loadServerAddedTtftP95Ms: 250 },
  loadStreams: LOAD_STREAMS,
  modes: {},
};
const modes = results.modes as Record<string, unknown>;

describe('coach turn latency bench', () => {
  afterAll(() => {
    writeBenchResult('coachTurnLatency', results);
  });

  it.each(MODES)(
    'should measure time to first token and pre-LLM overhead when 50 clients stream turns ($title)',
    async ({ key, label, redis, layout }) => {
      const prefix = `bench-${randomBytes(4).toString('hex')}`;
      if (redis && !(await redisAvailable(testRedisUrl()))) {
        process.stdout.write(`\n[bench] SKIPPED ${label} turn latency: no Redis at ${testRedisUrl()}\n`);
        modes[key] = { skipped: `no Redis at ${testRedisUrl()}` };
        return;
      }
      const providerRequests = new Map<string, RecordedRequest>();
      let loadPhase = false;
      const fake = await FakeOpenAiServer.start({
        firstTokenDelayMs: FIRST_TOKEN_DELAY_MS,
        chunkDelayMs: CHUNK_DELAY_MS,
        fallback: (body, request): FakeChatReply => {
          // Only the coach turn's call: the sentinel's later call carries the same tag in its
          // transcript and would overwrite the turn's timings.
          const tag = TAG.exec(JSON.stringify(body.messages))?.[1];
          if (tag && body.response_format?.json_schema?.name === 'coach_reply') {
            providerRequests.set(tag, request);
          }
          return loadPhase
            ? {
                chunks: REPLY_CHUNKS,
                firstTokenDelayMs: LOAD_FIRST_TOKEN_DELAY_MS,
                chunkDelayMs: LOAD_CHUNK_DELAY_MS,
              }
            : { chunks: REPLY_CHUNKS };
        },
      });
      const env: Record<string, string> = {
        AI_PROVIDER: 'openai',
        OPENAI_API_KEY: 'sk-bench-key',
        OPENAI_BASE_URL: fake.baseUrl,
        AI_TIMEOUT_MS: '30000',
        USER_TURNS_PER_MINUTE: '0',
        LOGIN_RATE_LIMIT_IP: '100000',
        LOGIN_RATE_LIMIT_ACCOUNT: '100000',
        AUTH_RATE_LIMIT_IP: '100000',
        QUEUE_PREFIX: prefix,
        // Shared with the API process, so the tokens made here are valid there.
        JWT_SECRET: randomBytes(32).toString('hex'),
        ...(redis ? { REDIS_URL: testRedisUrl() } : {}),
      };
      let t: TestApp | undefined;
      let server: { stop: () => Promise<void> } | undefined;
      try {
        t = await startTestApp(`bench_turns_${key.toLowerCase()}`, { env });
        // One client per turn, each past its first read of the state (welcome card posted).
        const clients: AuthHeaders[] = [];
        const loadClients = LOAD_STREAMS > 0 ? LOAD_STREAMS + LOAD_CRUD_LOOPS : 0;
        const total = WARMUP_TURNS + WARMUP_SEQUENTIAL + SEQUENTIAL_TURNS + CONCURRENT_TURNS + loadClients;
        for (let index = 0; index < total; index += 1) {
          const headers = await bearerHeaders(t.app, await createUser(t.app));
          await api(t.app, 'GET', '/coach/state', headers);
          clients.push(headers);
        }
        const take = (count: number): AuthHeaders[] => clients.splice(0, count);
        let baseUrl: string;
        if (layout === 'shared') {
          await t.app.listen(0, '127.0.0.1');
          const address = t.app.getHttpServer().address();
          baseUrl = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';
        } else {
          // The in-process app only prepared the database; the server runs on it from now on.
          await t.app.close();
          // BENCH_CPU_PROF: the server writes its own profile there when stopped.
          const profile = process.env.BENCH_CPU_PROF
            ? [
                '--cpu-prof',
                '--cpu-prof-dir',
                process.env.BENCH_CPU_PROF,
                '--cpu-prof-name',
                `coach-turns-${key}-api.cpuprofile`,
              ]
            : [];
          const started = await startApiProcess(
            `bench_turns_${key.toLowerCase()}`,
            { ...env, LOG_LEVEL: 'warn' },
            { databaseUrl: t.database.url, built: true, nodeArgs: profile },
          );
          server = started;
          baseUrl = started.base;
        }

        for (let done = 0; done < WARMUP_TURNS; done += WARMUP_ROUND) {
          const batch = take(Math.min(WARMUP_ROUND, WARMUP_TURNS - done));
          await Promise.all(batch.map((headers) => runTurn(baseUrl, headers, providerRequests)));
        }
        for (const headers of take(WARMUP_SEQUENTIAL)) {
          await runTurn(baseUrl, headers, providerRequests);
        }
        const sequential: TurnSample[] = [];
        await withCpuProfile(`coach-turns-${key}-sequential`, async () => {
          for (const headers of take(SEQUENTIAL_TURNS)) {
            sequential.push(await runTurn(baseUrl, headers, providerRequests));
          }
        });
        const started = epochNow();
        const concurrent = await withCpuProfile(`coach-turns-${key}`, () =>
          Promise.all(take(CONCURRENT_TURNS).map((headers) => runTurn(baseUrl, headers, providerRequests))),
        );
        const concurrentWallMs = round(epochNow() - started);
        const load =
          LOAD_STREAMS > 0 ? await runLoad(baseUrl, take, providerRequests, (on) => (loadPhase = on)) : null;
        modes[key] = {
          queue: label,
          layout,
          concurrent: { ...summarise(concurrent), wallMs: concurrentWallMs },
          sequential: summarise(sequential),
          ...(load ? { load } : {}),
        };
      } finally {
        await server?.stop();
        if (layout === 'shared') {
          await t?.close();
        } else {
          await t?.database.drop();
        }
        await fake.close();
        if (redis) {
          await deleteRedisKeys(testRedisUrl(), prefix);
        }
      }
    },
  );
});
