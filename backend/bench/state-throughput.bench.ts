import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from 'src/common/net/free-port';
import { bearerHeaders, createUser } from 'test/factories/user.factory';
import { api } from 'test/utils/coach-turns';
import { round, writeBenchResult } from 'test/utils/bench';
import { waitForOk } from 'test/utils/process';
import { startTestApp } from 'test/utils/test-app';

// quality.md, Performance / API throughput: authenticated GET /api/v1/coach/state req/s as ratios
// to (a) a bare Fastify route returning a constant and (b) a bare Fastify route doing the same
// single PostgreSQL read with `pg`, and p99 at 200 connections. The API is the built
// server (`node backend/dist/main.js`) on a fresh database, the baseline bench/bare-fastify.mjs,
// and the load generator autocannon in a third process; all three share the 2 cores.

const root = join(__dirname, '..', '..');
const CONNECTIONS = Number(process.env.BENCH_STATE_CONNECTIONS ?? 200);
const DURATION_SECONDS = Number(process.env.BENCH_DURATION ?? 8);
const JWT_SECRET = randomBytes(32).toString('hex');

const startProcess = (script: string, env: Record<string, string>, nodeArgs: string[] = []) => {
  // BENCH_CPU_PROF=<dir>: write a V8 CPU profile of each process there, to see where time goes.
  const profile = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF]
    : [];
  const child = spawn(process.execPath, [...profile, ...nodeArgs, script], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'warn', SERVE_STATIC: 'false', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
};

interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

/** autocannon in its own process, so the generator does not share an event loop with anything. */
const load = (url: string, headers: Record<string, string> = {}): Promise<LoadResult> =>
  new Promise((resolve, reject) => {
    const args = [
      join(root, 'node_modules/autocannon/autocannon.js'),
      '-c',
      String(CONNECTIONS),
      '-d',
      String(DURATION_SECONDS),
      '-j',
      ...Object.entries(headers).flatMap(([key, value]) => ['-H', `${key}=${value}`]),
      url,
    ];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.once('error', reject);
    child.once('exit', () => {
      try {
        const result = JSON.parse(out) as {
          requests: { average: number };
          latency: { p50: number; p99: number };
          errors: number;
          non2xx: number;
        };
        resolve({
          requestsPerSecond: result.requests.average,
          p50Ms: result.latency.p50,
          p99Ms: result.latency.p99,
          errors: result.errors,
          non2xx: result.non2xx,
        });
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });

describe('coach state throughput bench', () => {
  it('should compare GET /coach/state with a bare Fastify route when 200 connections load both', async () => {
    // A migrated database with one client past their first read, and a token for them, made
    // in-process; then the real server process is started on that database with the same secret.
    const t = await startTestApp('bench_state', { env: { JWT_SECRET } });
    const database = t.database;
    const dataDir = mkdtempSync(join(tmpdir(), 'devcoach-bench-state-'));
    try {
      let authorization = '';
      let userId = '';
      try {
        const client = await createUser(t.app);
        userId = client.id;
        const headers = await bearerHeaders(t.app, client);
        await api(t.app, 'GET', '/coach/state', headers);
        authorization = headers.authorization;
      } finally {
        // Not t.close(): that drops the database the server process is about to use.
        await t.app.close();
      }

      const apiPort = await freePort();
      const server = startProcess('backend/dist/main.js', {
        PORT: String(apiPort),
        DATA_DIR: dataDir,
        DATABASE_URL: database.url,
        JWT_SECRET,
      });
      const barePort = await freePort();
      const bare = startProcess('bench/bare-fastify.mjs', {
        PORT: String(barePort),
        DATABASE_URL: database.url,
        BENCH_USER_ID: userId,
      });
      // (c): NestJS alone on the same adapter, from source (it is not part of the build).
      const nestPort = await freePort();
      const bareNest = startProcess(
        'backend/bench/bare-nest.ts',
        { PORT: String(nestPort), TS_NODE_PROJECT: join(root, 'backend', 'tsconfig.json') },
        ['-r', 'ts-node/register/transpile-only'],
      );
      try {
        await waitForOk(`http://127.0.0.1:${apiPort}/health/ready`, 60_000);
        await waitForOk(`http://127.0.0.1:${barePort}/constant`, 10_000);
        await waitForOk(`http://127.0.0.1:${nestPort}/constant`, 60_000);
        const stateUrl = `http://127.0.0.1:${apiPort}/api/v1/coach/state`;
        const check = await fetch(stateUrl, { headers: { authorization } });
        if (!check.ok) {
          throw new Error(`GET /coach/state answered ${check.status}: ${await check.text()}`);
        }
        // Warm both (JIT, pool) before measuring.
        await fetch(`http://127.0.0.1:${barePort}/constant`);
        for (let index = 0; index < 50; index += 1) {
          await fetch(stateUrl, { headers: { authorization } });
        }
        await fetch(`http://127.0.0.1:${barePort}/one-query`);
        await fetch(`http://127.0.0.1:${barePort}/one-table`);
        await fetch(`http://127.0.0.1:${nestPort}/constant`);
        // The machine is shared: the load average says how much to trust the ratios of a run.
        const loadBefore = loadavg();
        const baseline = await load(`http://127.0.0.1:${barePort}/constant`);
        const oneQuery = await load(`http://127.0.0.1:${barePort}/one-query`);
        const oneTable = await load(`http://127.0.0.1:${barePort}/one-table`);
        const nestConstant = await load(`http://127.0.0.1:${nestPort}/constant`);
        const ours = await load(stateUrl, { authorization });
        writeBenchResult('coachStateThroughput', {
          route: 'GET /api/v1/coach/state (bearer)',
          baselineRoute: 'bare Fastify GET /constant',
          oneQueryRoute:
            'bare Fastify GET /one-query (the same prepared statement as ours with pg, pool as large as ours)',
          oneTableRoute:
            'bare Fastify GET /one-table (SELECT * of the coach_states row alone; (b) until 5 Dec 2026)',
          nestRoute: 'bare NestJS GET /constant on the same Fastify adapter (bench/bare-nest.ts)',
          connections: CONNECTIONS,
          durationSeconds: DURATION_SECONDS,
          setup:
            'API = node backend/dist/main.js (LOG_LEVEL=warn) on a fresh PostgreSQL database; autocannon in a ' +
            'separate process; all on the same 2 shared cores',
          baseline,
          oneQuery,
          oneTable,
          nestConstant,
          ours,
          loadAverage: {
            before: loadBefore.map((value) => round(value, 2)),
            after: loadavg().map((value) => round(value, 2)),
          },
          ratio: round(ours.requestsPerSecond / baseline.requestsPerSecond, 3),
          ratioToOneQuery: round(ours.requestsPerSecond / oneQuery.requestsPerSecond, 3),
          ratioToOneTable: round(ours.requestsPerSecond / oneTable.requestsPerSecond, 3),
          // The framework's own ceiling against (a), and ours against that ceiling.
          nestRatio: round(nestConstant.requestsPerSecond / baseline.requestsPerSecond, 3),
          ratioToNest: round(ours.requestsPerSecond / nestConstant.requestsPerSecond, 3),
          goal: { ratio: 0.35, ratioToOneQuery: 0.5 },
        });
      } finally {
        await server.stop();
        await bare.stop();
        await bareNest.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      await database.drop();
    }
  });
});
