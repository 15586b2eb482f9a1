import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from 'src/common/net/free-port';
import { ensureBuilt, startNode, waitForOk } from 'test/utils/process';

// The real entry point, as `npm start` runs it: embedded PostgreSQL, migrations, HTTP, shutdown.
describe('main.js', () => {
  beforeAll(() => {
    ensureBuilt();
  }, 120_000);

  it('should stop with one line naming the variable when configuration is invalid', async () => {
    const run = startNode('dist/main.js', { PORT: 'not-a-port', DATABASE_URL: 'postgres://x@127.0.0.1:1/x' });
    expect(await run.exited).toBe(1);
    const lines = run.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Configuration error: PORT: /);
  });

  it('should start on embedded PostgreSQL, shut down cleanly and reuse the data when restarted', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'devcoach-start-'));
    try {
      for (const round of ['first', 'second']) {
        const port = await freePort();
        const run = startNode('dist/main.js', {
          PORT: String(port),
          DATA_DIR: dataDir,
          SERVE_STATIC: 'false',
          LOG_LEVEL: 'warn',
        });
        await waitForOk(`http://127.0.0.1:${port}/health/ready`, 60_000).catch((error: Error) => {
          run.child.kill('SIGKILL');
          throw new Error(`${error.message}\n--- process output ---\n${run.output()}`);
        });
        const ready = (await (await fetch(`http://127.0.0.1:${port}/health/ready`)).json()) as {
          checks: Record<string, { status: string }>;
        };
        expect(ready.checks.database?.status).toBe('up');
        expect(run.output()).toContain(
          round === 'first' ? 'initialised and started' : 'Embedded PostgreSQL started',
        );
        expect(run.output()).toContain(`http://localhost:${port}/api/docs`);
        run.child.kill('SIGTERM');
        expect(await run.exited).toBe(0);
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
