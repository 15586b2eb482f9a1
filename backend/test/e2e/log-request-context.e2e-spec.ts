import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from 'src/common/net/free-port';
import { createTestDatabase, type TestDatabase } from 'test/utils/postgres';
import { FROM_SOURCE, type RunningProcess, startNode, waitForOk } from 'test/utils/process';

const ADMIN_EMAIL = 'ops-warn@example.test';
const PASSWORD = 'Quiet-Harbour-Lines-58!';

// At LOG_LEVEL=warn no request line prints, so pino-http is not mounted; a warning logged while
// a request is handled must still name that request (an onRequest hook keeps it in an
// AsyncLocalStorage for the root logger's mixin). A real process, as a log shipper sees it.
describe('request context on warnings when request lines are off', () => {
  let database: TestDatabase;
  let run: RunningProcess;
  let base = '';
  const dataDir = mkdtempSync(join(tmpdir(), 'devcoach-warn-logs-'));

  beforeAll(async () => {
    database = await createTestDatabase('warn_logs');
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    run = startNode(
      'src/main.ts',
      {
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        PUBLIC_URL: 'https://coach.example.test',
        DATA_DIR: dataDir,
        DATABASE_URL: database.url,
        JWT_SECRET: randomBytes(32).toString('hex'),
        LOG_LEVEL: 'warn',
        SERVE_STATIC: 'false',
        AI_PROVIDER: 'demo',
        SEED_ADMIN_EMAIL: ADMIN_EMAIL,
        SEED_ADMIN_PASSWORD: PASSWORD,
      },
      FROM_SOURCE,
    );
    try {
      await waitForOk(`${base}/health/ready`, 120_000);
    } catch (error) {
      run.child.kill('SIGKILL');
      throw new Error(`${(error as Error).message}\n${run.output()}`);
    }
  });

  afterAll(async () => {
    if (run && run.child.exitCode === null) {
      run.child.kill('SIGTERM');
      await run.exited;
    }
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('should name the request on a warning logged while handling it, and print no request lines', async () => {
    const token = await fetch(`${base}/api/v1/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ADMIN_EMAIL, password: PASSWORD }),
    });
    expect(token.status).toBe(200);
    const { accessToken } = (await token.json()) as { accessToken: string };
    const headers = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };
    expect((await fetch(`${base}/api/v1/coach/state`, { headers })).status).toBe(200);
    // A crisis message: the safety screen logs a warning while the POST is handled.
    const turn = await fetch(`${base}/api/v1/coach/turns`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ message: 'I want to end my life tonight.' }),
    });
    expect(turn.status).toBe(200);

    let lines: Record<string, unknown>[] = [];
    await expect
      .poll(() => {
        lines = run
          .output()
          .split('\n')
          .filter((line) => line.startsWith('{'))
          .map((line) => JSON.parse(line) as Record<string, unknown>);
        return lines.some((line) => String(line.msg).startsWith('Safety flag'));
      })
      .toBe(true);
    const flag = lines.find((line) => String(line.msg).startsWith('Safety flag'));
    expect(flag).toMatchObject({ service: 'api', req: { method: 'POST', url: '/api/v1/coach/turns' } });
    // Nothing at info: no request lines, and no request named on lines logged outside one.
    expect(lines.filter((line) => line.msg === 'request completed')).toEqual([]);
  });
});
