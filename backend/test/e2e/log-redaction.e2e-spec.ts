import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { type ApiProcess, type RunningProcess, startApiProcess } from 'test/utils/process';

// The API as a real process at LOG_LEVEL=info in production mode: what it writes to stdout is
// exactly what a log shipper would receive.
// Any free port, set in beforeAll: with a fixed one, /health/ready could answer from another server.
let BASE = '';
const ADMIN_EMAIL = 'ops-admin@example.test';
const PASSWORD = 'Hunter2-Secret-Pass-41!';
const BEARER = `bearer-${randomBytes(16).toString('hex')}`;
const COOKIE = `cookie-${randomBytes(16).toString('hex')}`;
const QUERY_TOKEN = `query-${randomBytes(16).toString('hex')}`;
const INVITE_TOKEN = randomBytes(32).toString('base64url');

describe('log redaction in a running API', () => {
  let api: ApiProcess;
  let run: RunningProcess;

  beforeAll(async () => {
    api = await startApiProcess('ops_logs', {
      LOG_LEVEL: 'info',
      SEED_ADMIN_EMAIL: ADMIN_EMAIL,
      SEED_ADMIN_PASSWORD: PASSWORD,
    });
    run = api.run;
    BASE = api.base;
  });

  afterAll(async () => {
    await api?.stop();
  });

  const lines = (): Record<string, unknown>[] =>
    run
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);

  it('should log the requests without the password, bearer token, cookie or tokens in URLs', async () => {
    const secretHeaders = { authorization: `Bearer ${BEARER}`, cookie: `dc_access=${COOKIE}` };
    const login = await fetch(`${BASE}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...secretHeaders },
      body: JSON.stringify({ email: ADMIN_EMAIL, password: `${PASSWORD}-wrong` }),
    });
    expect(login.status).toBe(401);
    const invite = await fetch(`${BASE}/api/v1/auth/invites/${INVITE_TOKEN}`, { headers: secretHeaders });
    expect(invite.status).toBeGreaterThanOrEqual(400);
    const query = await fetch(`${BASE}/api/v1/coach/state?access_token=${QUERY_TOKEN}&page=2`, {
      headers: secretHeaders,
    });
    expect(query.status).toBe(401);
    // A reset link goes through the outbox, which logs it at info (EMAIL_TRANSPORT=outbox).
    const forgot = await fetch(`${BASE}/api/v1/auth/forgot-password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ADMIN_EMAIL }),
    });
    expect(forgot.status).toBe(202);
    for (let waited = 0; waited < 15_000 && !run.output().includes('kept in the outbox'); waited += 100) {
      await sleep(100);
    }

    const output = run.output();
    for (const secret of [PASSWORD, BEARER, COOKIE, QUERY_TOKEN, INVITE_TOKEN]) {
      expect(output).not.toContain(secret);
    }
    // Not vacuous: the lines are there, with the secret parts replaced.
    const urls = lines()
      .map((line) => (line.req as { url?: string } | undefined)?.url)
      .filter(Boolean);
    expect(urls).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/login',
        '/api/v1/auth/invites/[redacted]',
        '/api/v1/coach/state?access_token=[redacted]&page=2',
      ]),
    );
    const outboxLine = lines().find((line) => String(line.msg).includes('kept in the outbox'));
    expect(outboxLine?.msg).toMatch(/#token=\[redacted\]/);
  });
});
