import { setTimeout as sleep } from 'node:timers/promises';
import { recordReliability } from 'test/reliability/report';
import { type ServerProcess, startServer } from 'test/reliability/server';
import { percentile, round } from 'test/utils/bench';
import { createTestDatabase, type TestDatabase } from 'test/utils/postgres';
import { FROM_SOURCE, startNode } from 'test/utils/process';

// The nested-JSON attack of issue #16: anonymous clients keep sending deeply nested and oversized
// bodies while a probe times GET /health/live. Before the edge limits one such body a second
// moved its p50 from 3.6 ms to 1,150 ms; now the p99 must stay under 50 ms.

// Quiet and attacked windows alternate, so the rest of a shared machine's load falls on both.
const WINDOWS = Number(process.env.ATTACK_WINDOWS ?? 8);
const WINDOW_MS = 2000;
const PROBE_INTERVAL_MS = 20;
const ATTACK_INTERVAL_MS = 100;
const P99_LIMIT_MS = 50;

const timed = async (url: string): Promise<number> => {
  const started = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  return performance.now() - started;
};

const probe = async (url: string, ms: number, into: number[]): Promise<void> => {
  const deadline = performance.now() + ms;
  while (performance.now() < deadline) {
    into.push(await timed(url));
    await sleep(PROBE_INTERVAL_MS);
  }
};

const summary = (values: number[]) => ({
  p50: round(percentile(values, 50)),
  p99: round(percentile(values, 99)),
  max: round(Math.max(...values)),
  n: values.length,
});

describe('nested-JSON attack', () => {
  let database: TestDatabase;
  let server: ServerProcess;

  beforeAll(async () => {
    database = await createTestDatabase('rel_attack');
    server = await startServer(database.url);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('should keep /health/live p99 under 50 ms while an attacker sends deep and oversized bodies', async () => {
    const live = `${server.base}/health/live`;
    for (let warm = 0; warm < 50; warm += 1) {
      await timed(live);
    }
    const quiet: number[] = [];
    const attacked: number[] = [];
    const statuses: Record<string, number> = {};
    for (let window = 0; window < WINDOWS; window += 1) {
      await probe(live, WINDOW_MS, quiet);
      const attacker = startNode(
        'test/reliability/fixtures/json-attacker.ts',
        { ATTACK_URL: `${server.base}/api/v1/auth/login`, ATTACK_INTERVAL_MS: String(ATTACK_INTERVAL_MS) },
        FROM_SOURCE,
      );
      // ts-node takes a moment to start; probing begins once the first attack has landed.
      await sleep(3000);
      await probe(live, WINDOW_MS, attacked);
      attacker.child.kill('SIGTERM');
      await attacker.exited;
      const counts = JSON.parse(/statuses (.*)/.exec(attacker.output())?.[1] ?? '{}') as Record<
        string,
        number
      >;
      for (const [status, count] of Object.entries(counts)) {
        statuses[status] = (statuses[status] ?? 0) + count;
      }
    }
    const underAttack = summary(attacked);
    const baseline = summary(quiet);
    recordReliability({
      test: 5,
      id: 'nested-json-attack',
      title: 'Nested-JSON and oversized-body attack: /health/live latency',
      files: ['test/reliability/nested-json-attack.rel-spec.ts'],
      passed: underAttack.p99 < P99_LIMIT_MS,
      figures: {
        healthLiveP50Ms: underAttack.p50,
        healthLiveP99Ms: underAttack.p99,
        healthLiveMaxMs: underAttack.max,
        quietP50Ms: baseline.p50,
        quietP99Ms: baseline.p99,
        probesUnderAttack: underAttack.n,
        attackEveryMs: ATTACK_INTERVAL_MS,
        attackStatuses: JSON.stringify(statuses),
      },
    });
    expect(Object.keys(statuses).length).toBeGreaterThan(0);
    expect(Object.keys(statuses).every((status) => status === '400' || status === '413')).toBe(true);
    expect(underAttack.p99).toBeLessThan(P99_LIMIT_MS);
  });
});
