import { type ApiProcess, type RunningProcess, startApiProcess } from 'test/utils/process';

const ADMIN_EMAIL = 'ops-warn@example.test';
const PASSWORD = 'Quiet-Harbour-Lines-58!';

// At LOG_LEVEL=warn no request line prints, so pino-http is not mounted; a warning logged while
// a request is handled must still name that request (an onRequest hook keeps it in an
// AsyncLocalStorage for the root logger's mixin). A real process, as a log shipper sees it.
describe('request context on warnings when request lines are off', () => {
  let api: ApiProcess;
  let run: RunningProcess;
  let base = '';

  beforeAll(async () => {
    api = await startApiProcess('warn_logs', {
      LOG_LEVEL: 'warn',
      SEED_ADMIN_EMAIL: ADMIN_EMAIL,
      SEED_ADMIN_PASSWORD: PASSWORD,
    });
    run = api.run;
    base = api.base;
  });

  afterAll(async () => {
    await api?.stop();
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
