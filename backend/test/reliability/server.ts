import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from 'src/common/net/free-port';
import { FROM_SOURCE, type RunningProcess, startNode, waitForOk } from 'test/utils/process';

// The API as its own process (src/main.ts from source, so no stale build), for reliability tests
// that measure latency or kill dependencies: the test's own clients then do not share its event
// loop. Loopback only.

export interface ServerProcess {
  base: string;
  run: RunningProcess;
  stop(): Promise<void>;
}

export const startServer = async (
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> => {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'devcoach-rel-'));
  const run = startNode(
    'src/main.ts',
    {
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'warn',
      SERVE_STATIC: 'false',
      ...env,
    },
    FROM_SOURCE,
  );
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForOk(`${base}/health/ready`, 120_000);
  } catch (error) {
    run.child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}\n--- server output ---\n${run.output()}`);
  }
  return {
    base,
    run,
    stop: async () => {
      if (run.child.exitCode === null && run.child.signalCode === null) {
        run.child.kill('SIGTERM');
        await run.exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
