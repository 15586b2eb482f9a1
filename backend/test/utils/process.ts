import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

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
