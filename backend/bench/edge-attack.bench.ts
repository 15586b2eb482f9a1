import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from 'src/common/net/free-port';
import { distribution, percentile, round, writeBenchResult } from 'test/utils/bench';
import { waitForOk } from 'test/utils/process';
import { startTestApp } from 'test/utils/test-app';

// Reliability: what hostile bodies cost the API, and what one anonymous client sending one of
// them a second does to everyone else, seen as GET /health/live latency. The API is the built
// server (`node backend/dist/main.js`, or BENCH_EDGE_SERVER) on a fresh database; bodies and
// probes go over loopback from this process. Bounded: a fixed number of requests per phase.

const root = join(__dirname, '..', '..');
const SERVER = process.env.BENCH_EDGE_SERVER ?? join(root, 'backend/dist/main.js');
const PROBE_SECONDS = Number(process.env.BENCH_EDGE_SECONDS ?? process.env.BENCH_DURATION ?? 20);
const PROBE_INTERVAL_MS = 50;
const ATTACK_INTERVAL_MS = 1000;
const HANDLING_SAMPLES = 10;

const JSON_HEADERS = { 'content-type': 'application/json' };

/** `{ ...head, junk: [item, item, …] }` as close to `bytes` long as whole items allow. */
const padded = (bytes: number, head: Record<string, unknown>, item: string): string => {
  const prefix = `${JSON.stringify(head).slice(0, -1)},"junk":[`;
  const count = Math.floor((bytes - prefix.length - 2) / (item.length + 1));
  return `${prefix}${Array.from({ length: count }, () => item).join(',')}]}`;
};

const LOGIN = { email: 'ann@example.com', password: 'Blue-Kettle-Moon-7' };

interface Attack {
  name: string;
  path: string;
  body: string;
}

const ATTACKS: Attack[] = [
  {
    name: 'nested arrays, depth 5,000 (10 KB)',
    path: '/api/v1/auth/login',
    body: `{"email":${'['.repeat(5000)}${']'.repeat(5000)},"password":"x"}`,
  },
  { name: '1 MB of [[1],[1],…]', path: '/api/v1/auth/login', body: padded(1024 * 1024 - 16, LOGIN, '[1]') },
  { name: '100 KB of [[1],[1],…]', path: '/api/v1/auth/login', body: padded(100 * 1024, LOGIN, '[1]') },
  {
    name: '1 MB, 40,000 strings, to a prompt route (staff-only, large limit)',
    path: '/api/v1/admin/prompts/preview',
    body: padded(1024 * 1024 - 16, { target: 'coach_turn' }, `"${'x'.repeat(24)}"`),
  },
];

const timed = async (url: string, init?: RequestInit): Promise<{ ms: number; status: number }> => {
  const started = performance.now();
  const res = await fetch(url, init);
  await res.arrayBuffer();
  return { ms: performance.now() - started, status: res.status };
};

const latencySummary = (values: readonly number[]) => ({
  n: values.length,
  p50: round(percentile(values, 50)),
  p99: round(percentile(values, 99)),
  max: round(values.length ? Math.max(...values) : Number.NaN),
});

describe('edge attack bench', () => {
  it('should measure hostile bodies and /health/live latency when one client sends one a second', async () => {
    const t = await startTestApp('bench_edge');
    const database = t.database;
    // Not t.close(): that drops the database the server process is about to use.
    await t.app.close();
    const dataDir = mkdtempSync(join(tmpdir(), 'devcoach-bench-edge-'));
    const port = await freePort();
    const child = spawn(process.execPath, [SERVER], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        DATABASE_URL: database.url,
        JWT_SECRET: randomBytes(32).toString('hex'),
        LOG_LEVEL: 'warn',
        SERVE_STATIC: 'false',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const base = `http://127.0.0.1:${port}`;
    const live = `${base}/health/live`;
    try {
      await waitForOk(`${base}/health/ready`, 60_000);
      for (let index = 0; index < 50; index += 1) {
        await timed(live);
      }

      const handling: Record<string, unknown> = {};
      for (const attack of ATTACKS) {
        const samples: number[] = [];
        const statuses = new Set<number>();
        for (let index = 0; index < HANDLING_SAMPLES; index += 1) {
          const { ms, status } = await timed(`${base}${attack.path}`, {
            method: 'POST',
            headers: JSON_HEADERS,
            body: attack.body,
          });
          samples.push(ms);
          statuses.add(status);
        }
        handling[attack.name] = {
          bytes: attack.body.length,
          statuses: [...statuses],
          ms: distribution(samples),
        };
      }

      const probe = async (attacking: boolean) => {
        const latencies: number[] = [];
        const attackStatuses: Record<number, number> = {};
        const deadline = performance.now() + PROBE_SECONDS * 1000;
        let stop = false;
        const attacker = (async () => {
          for (let index = 0; attacking && !stop; index += 1) {
            const attack = ATTACKS[index % ATTACKS.length];
            const sent = performance.now();
            const { status } = await timed(`${base}${attack.path}`, {
              method: 'POST',
              headers: JSON_HEADERS,
              body: attack.body,
            });
            attackStatuses[status] = (attackStatuses[status] ?? 0) + 1;
            await sleep(Math.max(0, ATTACK_INTERVAL_MS - (performance.now() - sent)));
          }
        })();
        while (performance.now() < deadline) {
          latencies.push((await timed(live)).ms);
          await sleep(PROBE_INTERVAL_MS);
        }
        stop = true;
        await attacker;
        return { healthLiveMs: latencySummary(latencies), ...(attacking ? { attackStatuses } : {}) };
      };

      const quiet = await probe(false);
      const underAttack = await probe(true);
      writeBenchResult('edgeAttack', {
        server: SERVER.replace(`${root}/`, ''),
        setup:
          'API = node <server> (LOG_LEVEL=warn) on a fresh PostgreSQL database; bodies and probes over ' +
          'loopback from the bench process; all on the same 2 shared cores',
        handlingSamplesPerBody: HANDLING_SAMPLES,
        handling,
        probe: {
          seconds: PROBE_SECONDS,
          intervalMs: PROBE_INTERVAL_MS,
          attackEveryMs: ATTACK_INTERVAL_MS,
          attackCycle: ATTACKS.map((attack) => attack.name),
        },
        quiet,
        underAttack,
      });
      expect(quiet.healthLiveMs.n).toBeGreaterThan(0);
    } finally {
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
      await database.drop();
    }
  });
});
