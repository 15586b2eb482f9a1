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
import { deleteRedisKeys, redisAvailable, testRedisUrl } from 'test/utils/redis';
import { startTestApp, type TestApp } from 'test/utils/test-app';

// quality.md, Performance: server-added time to first token (our first SSE `delta` minus the fake
// provider's first token) and pre-LLM overhead (POST sent → provider request received), 50
// concurrent turns of 50 clients, in both queue modes. Everything (client, API, worker, fake
// provider) runs in this one process on one clock (performance.timeOrigin + now()).

const FIRST_TOKEN_DELAY_MS = Number(process.env.BENCH_FIRST_TOKEN_DELAY_MS ?? 300);
const CHUNK_DELAY_MS = 20;
const CONCURRENT_TURNS = Number(process.env.BENCH_CONCURRENT_TURNS ?? 50);
const SEQUENTIAL_TURNS = 10;
const WARMUP_TURNS = 5;
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

const MODES = [
  { name: 'inProcess', label: 'in-process', redis: false },
  { name: 'bullmq', label: 'BullMQ', redis: true },
] as const;

const results: Record<string, unknown> = {
  description:
    'serverAddedTtftMs = first SSE delta received by the client - first token sent by the fake provider; ' +
    'preLlmOverheadMs = provider request received - client POST sent. Client, API, worker and fake provider ' +
    'share one process (and the 2 cores), so numbers include event-loop contention with the load itself.',
  firstTokenDelayMs: FIRST_TOKEN_DELAY_MS,
  chunkDelayMs: CHUNK_DELAY_MS,
  concurrentTurns: CONCURRENT_TURNS,
  sequentialTurns: SEQUENTIAL_TURNS,
  budget: { serverAddedTtftP95Ms: 50, preLlmOverheadP95Ms: 20 },
  modes: {},
};
const modes = results.modes as Record<string, unknown>;

describe('coach turn latency bench', () => {
  afterAll(() => {
    writeBenchResult('coachTurnLatency', results);
  });

  it.each(MODES)(
    'should measure time to first token and pre-LLM overhead when 50 clients stream turns ($label queue)',
    async ({ name, label, redis }) => {
      const prefix = `bench-${randomBytes(4).toString('hex')}`;
      if (redis && !(await redisAvailable(testRedisUrl()))) {
        process.stdout.write(`\n[bench] SKIPPED ${label} turn latency: no Redis at ${testRedisUrl()}\n`);
        modes[name] = { skipped: `no Redis at ${testRedisUrl()}` };
        return;
      }
      const providerRequests = new Map<string, RecordedRequest>();
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
          return { chunks: REPLY_CHUNKS };
        },
      });
      let t: TestApp | undefined;
      try {
        t = await startTestApp(`bench_turns_${name.toLowerCase()}`, {
          env: {
            AI_PROVIDER: 'openai',
            OPENAI_API_KEY: 'sk-bench-key',
            OPENAI_BASE_URL: fake.baseUrl,
            AI_TIMEOUT_MS: '30000',
            USER_TURNS_PER_MINUTE: '0',
            LOGIN_RATE_LIMIT_IP: '100000',
            LOGIN_RATE_LIMIT_ACCOUNT: '100000',
            AUTH_RATE_LIMIT_IP: '100000',
            QUEUE_PREFIX: prefix,
            ...(redis ? { REDIS_URL: testRedisUrl() } : {}),
          },
        });
        await t.app.listen(0, '127.0.0.1');
        const address = t.app.getHttpServer().address();
        const baseUrl = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';

        // One client per turn, each past its first read of the state (welcome card posted).
        const clients: AuthHeaders[] = [];
        for (let index = 0; index < WARMUP_TURNS + SEQUENTIAL_TURNS + CONCURRENT_TURNS; index += 1) {
          const headers = await bearerHeaders(t.app, await createUser(t.app));
          await api(t.app, 'GET', '/coach/state', headers);
          clients.push(headers);
        }
        const take = (count: number): AuthHeaders[] => clients.splice(0, count);

        for (const headers of take(WARMUP_TURNS)) {
          await runTurn(baseUrl, headers, providerRequests);
        }
        const sequential: TurnSample[] = [];
        await withCpuProfile(`coach-turns-${name}-sequential`, async () => {
          for (const headers of take(SEQUENTIAL_TURNS)) {
            sequential.push(await runTurn(baseUrl, headers, providerRequests));
          }
        });
        const started = epochNow();
        const concurrent = await withCpuProfile(`coach-turns-${name}`, () =>
          Promise.all(take(CONCURRENT_TURNS).map((headers) => runTurn(baseUrl, headers, providerRequests))),
        );
        modes[name] = {
          queue: label,
          concurrent: { ...summarise(concurrent), wallMs: round(epochNow() - started) },
          sequential: summarise(sequential),
        };
      } finally {
        await t?.close();
        await fake.close();
        if (redis) {
          await deleteRedisKeys(testRedisUrl(), prefix);
        }
      }
    },
  );
});
