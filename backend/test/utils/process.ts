import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from 'src/common/net/free-port';
import { createTestDatabase } from 'test/utils/postgres';

export const BACKEND_DIR = join(__dirname, '..', '..');

// Tests that start the real process need the compiled output; build it once if missing.
export const ensureBuilt = (): void => {
  if (existsSync(join(BACKEND_DIR, 'dist', 'main.js'))) {
    return;
  }
  const result = spawnSync('npm', ['run', 'build'], { cwd: BACKEND_DIR, stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error('backend build failed');
  }
};

export interface RunningProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Node flags that run a TypeScript entry point from source (`src/main.ts`), paths resolved. */
export const FROM_SOURCE = ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'];

export const startNode = (
  script: string,
  env: Record<string, string | undefined>,
  nodeArgs: string[] = [],
): RunningProcess => {
  const child = spawn(process.execPath, [...nodeArgs, join(BACKEND_DIR, script)], {
    cwd: BACKEND_DIR,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
};

export const waitForOk = async (url: string, timeoutMs: number): Promise<number> => {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      const res = await fetch(url);
      if (res.ok) {
        return Date.now() - started;
      }
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms`);
};

export interface ApiProcess {
  run: RunningProcess;
  /** `http://127.0.0.1:<port>` */
  base: string;
  /** Stops the process, then drops its data folder and the database it made. */
  stop: () => Promise<void>;
}

export interface ApiProcessOptions {
  /** Run on this database (kept on stop) instead of a fresh one (dropped on stop). */
  databaseUrl?: string;
  /** Run the build (`dist/main.js`, built if missing) instead of the source. */
  built?: boolean;
  /** Node flags before the script (a CPU profile, say). */
  nodeArgs?: string[];
}

/**
 * The API as a real process in production mode, on its own database, data folder and free port,
 * started and ready: what a log shipper or a load balancer would see. `env` adds to or overrides
 * the defaults (demo coach, no static apps, a fresh JWT secret). From source unless `built`.
 */
export const startApiProcess = async (
  label: string,
  env: Record<string, string>,
  options: ApiProcessOptions = {},
): Promise<ApiProcess> => {
  const database = options.databaseUrl ? null : await createTestDatabase(label);
  const dataDir = mkdtempSync(join(tmpdir(), `devcoach-${label}-`));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  if (options.built) {
    ensureBuilt();
  }
  const run = startNode(
    options.built ? 'dist/main.js' : 'src/main.ts',
    {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: 'https://coach.example.test',
      DATA_DIR: dataDir,
      DATABASE_URL: options.databaseUrl ?? database?.url,
      JWT_SECRET: randomBytes(32).toString('hex'),
      SERVE_STATIC: 'false',
      AI_PROVIDER: 'demo',
      ...env,
    },
    [...(options.nodeArgs ?? []), ...(options.built ? [] : FROM_SOURCE)],
  );
  const stop = async (): Promise<void> => {
    if (run.child.exitCode === null) {
      run.child.kill('SIGTERM');
      await run.exited;
    }
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForOk(`${base}/health/ready`, 120_000);
  } catch (error) {
    run.child.kill('SIGKILL');
    await stop();
    throw new Error(`${(error as Error).message}\n${run.output()}`);
  }
  return { run, base, stop };
};
