#!/usr/bin/env node
// `npm run bench`: measurements that matter for users, each reported as a ratio against a
// baseline measured in the same run (the machine is shared and noisy). Results land in
// bench/results/<timestamp>.json and bench/results/latest.json.
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const durationSeconds = Number(process.env.BENCH_DURATION ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const waitFor = async (url, timeoutMs) => {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    try {
      if ((await fetch(url)).ok) {
        return performance.now() - started;
      }
    } catch {
      // not listening yet
    }
    await sleep(25);
  }
  throw new Error(`${url} not ready within ${timeoutMs} ms`);
};

const startProcess = (script, env) => {
  const child = spawn(process.execPath, [script], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'warn', SERVE_STATIC: 'false', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  return { child, stop: async () => (child.kill('SIGTERM'), await exited) };
};

const load = (url) =>
  new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: durationSeconds }, (error, result) =>
      error
        ? reject(error)
        : resolve({
            requestsPerSecond: result.requests.average,
            p99Ms: result.latency.p99,
            errors: result.errors + result.non2xx,
          }),
    );
  });

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

if (!existsSync(join(root, 'backend/dist/main.js'))) {
  spawnSync('npm', ['run', 'build', '-w', 'backend'], { cwd: root, stdio: 'inherit' });
}

const dataDir = mkdtempSync(join(tmpdir(), 'devcoach-bench-'));
const results = {
  startedAt: new Date().toISOString(),
  node: process.version,
  durationSeconds,
  connections,
  measurements: {},
};

try {
  // Cold start: first-ever start (initdb + migrations) once, then warm restarts.
  const coldStarts = [];
  for (let run = 0; run < 4; run += 1) {
    const port = await freePort();
    const started = performance.now();
    const api = startProcess('backend/dist/main.js', { PORT: String(port), DATA_DIR: dataDir });
    await waitFor(`http://127.0.0.1:${port}/health/ready`, 60_000);
    coldStarts.push(performance.now() - started);
    await api.stop();
  }
  results.measurements.coldStart = {
    firstEverMs: Math.round(coldStarts[0]),
    initialisedMedianMs: Math.round(median(coldStarts.slice(1))),
    budget: { firstEverMs: 30_000, initialisedMs: 5_000 },
  };

  // Throughput: our full HTTP stack (logging, helmet, CORS, metrics, filters) on a cheap
  // route against a bare Fastify route returning a constant.
  const apiPort = await freePort();
  const api = startProcess('backend/dist/main.js', { PORT: String(apiPort), DATA_DIR: dataDir });
  await waitFor(`http://127.0.0.1:${apiPort}/health/ready`, 60_000);
  const barePort = await freePort();
  const bare = startProcess('bench/bare-fastify.mjs', { PORT: String(barePort) });
  await waitFor(`http://127.0.0.1:${barePort}/constant`, 10_000);
  try {
    const baseline = await load(`http://127.0.0.1:${barePort}/constant`);
    const ours = await load(`http://127.0.0.1:${apiPort}/health/live`);
    results.measurements.httpThroughput = {
      route: 'GET /health/live',
      baseline,
      ours,
      ratio: Number((ours.requestsPerSecond / baseline.requestsPerSecond).toFixed(3)),
      note: 'the quality.md throughput goal is measured on GET /api/v1/coach/state: see coachStateThroughput',
    };
  } finally {
    await api.stop();
    await bare.stop();
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

// Coaching turns (time to first token, pre-LLM overhead, history scaling) and the
// GET /coach/state throughput: TypeScript benches in backend/bench/ that reuse the test
// utilities, run as the Vitest `bench` project. Each writes one JSON file, merged here.
// BENCH_SKIP_TURNS=1 skips them.
if (process.env.BENCH_SKIP_TURNS !== '1') {
  const benchDir = mkdtempSync(join(tmpdir(), 'devcoach-bench-results-'));
  try {
    const run = spawnSync('npx', ['vitest', 'run', '--project', 'bench'], {
      cwd: join(root, 'backend'),
      env: { ...process.env, BENCH_RESULTS_DIR: benchDir, BENCH_DURATION: String(durationSeconds) },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    for (const file of readdirSync(benchDir)
      .filter((name) => name.endsWith('.json'))
      .sort()) {
      results.measurements[file.replace(/\.json$/, '')] = JSON.parse(
        readFileSync(join(benchDir, file), 'utf8'),
      );
    }
    if (run.status !== 0) {
      results.benchFailures = `vitest --project bench exited with ${run.status ?? run.signal}`;
      process.exitCode = 1;
    }
  } finally {
    rmSync(benchDir, { recursive: true, force: true });
  }
}

results.finishedAt = new Date().toISOString();
const outDir = join(root, 'bench', 'results');
mkdirSync(outDir, { recursive: true });
const json = `${JSON.stringify(results, null, 2)}\n`;
writeFileSync(join(outDir, `${results.startedAt.replace(/[:.]/g, '-')}.json`), json);
writeFileSync(join(outDir, 'latest.json'), json);
process.stdout.write(json);
