import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from 'src/common/net/free-port';
import {
  type FakeOtlpCollector,
  type ReceivedSpan,
  startFakeOtlpCollector,
} from 'test/fakes/fake-otlp-collector';
import { type FakeSentryServer, startFakeSentryServer } from 'test/fakes/fake-sentry-server';
import { waitFor } from 'test/fakes/fake-telemetry-server';
import { createTestDatabase, type TestDatabase } from 'test/utils/postgres';
import { ensureBuilt, type RunningProcess, startNode, waitForOk } from 'test/utils/process';

// The real entry point with OTEL_EXPORTER_OTLP_ENDPOINT and SENTRY_DSN pointed at fakes on
// loopback: tracing must start before http and pg load, so only a real process can show it.

const SERVER = 2;
const CLIENT = 3;
const CONSUMER = 5;

const JWT_SECRET = 'obs-test-secret-7c1d0b5f9e2a4c68b3d1f0e9a8c7b6d5';
const PASSWORD = 'Quiet-Harbour-Lamp-42';
// Words from a coaching conversation: they must never leave the process as telemetry.
const MESSAGE = 'I grew up by the lighthouse with my grandmother Ingrid.';

const SPANS_WAIT_MS = 15_000;

describe('observability (OTLP traces, Sentry errors) on the real process', () => {
  let collector: FakeOtlpCollector;
  let sentry: FakeSentryServer;
  let db: TestDatabase;
  let dataDir: string;
  let run: RunningProcess;
  let base: string;
  const email = `obs-${Date.now()}@example.test`;
  let accessToken = '';

  const sql = async (text: string, values: unknown[] = []): Promise<number> => {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      return (await client.query(text, values)).rowCount ?? 0;
    } finally {
      await client.end();
    }
  };

  const call = (method: string, path: string, body?: object): Promise<Response> =>
    fetch(`${base}/api/v1${path}`, {
      method,
      headers: {
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
        cookie: 'dc_access=cookie-value-that-must-stay-home',
      },
      body: body ? JSON.stringify(body) : undefined,
    });

  const spansWhere = (predicate: (span: ReceivedSpan) => boolean) => () => collector.spans.filter(predicate);

  beforeAll(async () => {
    ensureBuilt();
    [collector, sentry, db] = await Promise.all([
      startFakeOtlpCollector(),
      startFakeSentryServer(),
      createTestDatabase('obs'),
    ]);
    dataDir = mkdtempSync(join(tmpdir(), 'devcoach-obs-'));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    run = startNode('dist/main.js', {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: db.url,
      JWT_SECRET,
      SERVE_STATIC: 'false',
      LOG_LEVEL: 'warn',
      SIGNUP_MODE: 'open',
      AI_PROVIDER: 'demo',
      AI_DEMO_CHUNK_DELAY_MS: '0',
      SENTINEL_DEBOUNCE_MS: '0',
      USER_TURNS_PER_MINUTE: '0',
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
      OTEL_SERVICE_NAME: 'devcoach-obs-test',
      // Export every 100 ms instead of 5 s so the test does not wait.
      OTEL_BSP_SCHEDULE_DELAY: '100',
      SENTRY_DSN: sentry.dsn,
      SENTRY_ENVIRONMENT: 'obs-test',
    });
    await waitForOk(`${base}/health/ready`, 90_000).catch((error: Error) => {
      run.child.kill('SIGKILL');
      throw new Error(`${error.message}\n--- process output ---\n${run.output()}`);
    });

    // A client: open signup, the verification step done in the database, a bearer token.
    expect(
      (
        await call('POST', '/auth/register', {
          email,
          password: PASSWORD,
          firstName: 'Obs',
          lastName: 'Test',
        })
      ).status,
    ).toBe(202);
    const verified = await (async () => {
      for (let tries = 0; tries < 50; tries += 1) {
        if ((await sql('UPDATE users SET email_verified_at = now() WHERE email = $1', [email])) === 1) {
          return true;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return false;
    })();
    expect(verified).toBe(true);
    const token = await call('POST', '/auth/token', { email, password: PASSWORD });
    expect(token.status, await token.clone().text()).toBe(200);
    accessToken = ((await token.json()) as { accessToken: string }).accessToken;
  }, 150_000);

  afterAll(async () => {
    if (run) {
      run.child.kill('SIGTERM');
      await run.exited;
    }
    await Promise.all([collector?.close(), sentry?.close(), db?.drop()]);
    if (dataDir) {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('should export a server span per request, named after the route pattern', async () => {
    expect((await call('GET', '/me')).status).toBe(200);
    const [span] = await waitFor(
      spansWhere((s) => s.kind === SERVER && s.name === 'GET /api/v1/me'),
      (found) => found.length > 0,
      SPANS_WAIT_MS,
      'the GET /api/v1/me span',
    );
    expect(span?.service).toBe('devcoach-obs-test');
    expect(span?.attributes['http.route']).toBe('/api/v1/me');
    expect(span?.attributes['http.status_code'] ?? span?.attributes['http.response.status_code']).toBe(200);
    // Its database queries are its children, with parameterised statements.
    const queries = collector.spans.filter(
      (s) => s.traceId === span?.traceId && s.attributes['db.system'] !== undefined,
    );
    expect(queries.length).toBeGreaterThan(0);
    // Probes are not traced.
    expect(
      collector.spans.some((s) =>
        String(s.attributes['http.target'] ?? s.attributes['url.path']).startsWith('/health'),
      ),
    ).toBe(false);
  });

  it('should trace a demo coach turn: the request, the queue job and the model call', async () => {
    const res = await call('POST', '/coach/turns?wait=true', { message: MESSAGE });
    expect(res.status, await res.clone().text()).toBe(200);

    const [job] = await waitFor(
      spansWhere((s) => s.kind === CONSUMER && s.attributes['devcoach.job.name'] === 'coach.turn'),
      (found) => found.length > 0,
      SPANS_WAIT_MS,
      'the coach.turn job span',
    );
    expect(job?.name).toBe('coach process');
    expect(job?.attributes).toMatchObject({
      'messaging.system': 'in_process',
      'messaging.destination.name': 'coach',
      'messaging.operation.type': 'process',
      'devcoach.job.attempt': 1,
    });
    // The job's own queries nest under it.
    await waitFor(
      spansWhere((s) => s.traceId === job?.traceId && s.attributes['db.system'] !== undefined),
      (found) => found.length > 0,
      SPANS_WAIT_MS,
      'queries inside the job',
    );

    const [llm] = await waitFor(
      spansWhere((s) => s.kind === CLIENT && s.attributes['devcoach.llm.purpose'] === 'coach_turn'),
      (found) => found.length > 0,
      SPANS_WAIT_MS,
      'the coach_turn model call span',
    );
    expect(llm?.traceId).toBe(job?.traceId);
    expect(llm?.name).toMatch(/^chat /);
    expect(llm?.attributes).toMatchObject({
      'gen_ai.operation.name': 'chat',
      'gen_ai.provider.name': 'demo',
      'devcoach.llm.stream': true,
    });
    expect(typeof llm?.attributes['gen_ai.request.model']).toBe('string');
    expect(llm?.attributes['gen_ai.usage.output_tokens']).toBeGreaterThan(0);

    await waitFor(
      spansWhere((s) => s.kind === SERVER && s.name === 'POST /api/v1/coach/turns'),
      (found) => found.length > 0,
      SPANS_WAIT_MS,
      'the POST /api/v1/coach/turns span',
    );
  });

  it('should keep query values out of URL attributes', async () => {
    await call('GET', '/notes?token=query-secret-value-123');
    await waitFor(
      spansWhere((s) => s.kind === SERVER && s.name === 'GET /api/v1/notes'),
      (found) => found.length > 0,
      SPANS_WAIT_MS,
      'the GET /api/v1/notes span',
    );
    expect(collector.rawBodies.join('\n')).not.toContain('query-secret-value-123');
  });

  it('should report a failed job to Sentry after its last attempt', async () => {
    // The sentinel job reads this table; without it every attempt fails (3 attempts, ~6 s).
    await sql('ALTER TABLE sentinel_operations RENAME TO sentinel_operations_away');
    try {
      const res = await call('POST', '/coach/turns?wait=true', { message: `${MESSAGE} Again.` });
      expect(res.status).toBe(200);
      const [event] = await waitFor(
        () => sentry.events().filter((e) => (e.tags as Record<string, unknown>)?.job === 'sentinel.extract'),
        (found) => found.length > 0,
        30_000,
        'the failed sentinel job event',
      );
      expect(event?.tags).toMatchObject({ source: 'job', queue: 'sentinel', attempt: 3 });
      expect(event?.environment).toBe('obs-test');
      // One report for the job, not one per attempt.
      expect(
        sentry.events().filter((e) => (e.tags as Record<string, unknown>)?.job === 'sentinel.extract'),
      ).toHaveLength(1);
    } finally {
      await sql('ALTER TABLE sentinel_operations_away RENAME TO sentinel_operations');
    }
  }, 60_000);

  it('should report a 5xx to Sentry with the route and status, and the client gets the usual 500', async () => {
    await sql('ALTER TABLE user_notes RENAME TO user_notes_away');
    try {
      const res = await call('GET', '/notes');
      expect(res.status).toBe(500);
      expect(((await res.json()) as { code: string }).code).toBe('internal_error');
      const [event] = await waitFor(
        () => sentry.events().filter((e) => (e.tags as Record<string, unknown>)?.source === 'http'),
        (found) => found.length > 0,
        15_000,
        'the 500 event',
      );
      expect(event?.tags).toMatchObject({ method: 'GET', route: '/api/v1/notes', status: 500 });
      expect(typeof (event?.tags as Record<string, unknown>).trace_id).toBe('string');
      const exception = (event?.exception as { values: { type: string; value: string }[] }).values[0];
      expect(exception?.type).toBe('QueryFailedError');
      expect(event?.request).toBeUndefined();
      expect(event?.user).toBeUndefined();
      // The server span of that request is marked as an error.
      const [span] = await waitFor(
        spansWhere(
          (s) => s.kind === SERVER && s.traceId === (event?.tags as Record<string, string>).trace_id,
        ),
        (found) => found.length > 0,
        SPANS_WAIT_MS,
        'the failed request span',
      );
      expect(span?.statusCode).toBe(2);
    } finally {
      await sql('ALTER TABLE user_notes_away RENAME TO user_notes');
    }
  });

  it("should not trace the error tracker's own requests", () => {
    expect(sentry.rawBodies.length).toBeGreaterThan(0);
    expect(
      collector.spans.filter((s) => String(s.attributes['http.url'] ?? '').includes('/envelope/')),
    ).toEqual([]);
  });

  it('should send no message content, personal data or secrets in any span or event', () => {
    const exported = [...collector.rawBodies, ...sentry.rawBodies].join('\n');
    expect(collector.rawBodies.length).toBeGreaterThan(0);
    expect(sentry.rawBodies.length).toBeGreaterThan(0);
    for (const secret of [
      'lighthouse',
      'Ingrid',
      email,
      PASSWORD,
      JWT_SECRET,
      accessToken,
      'cookie-value-that-must-stay-home',
      'Bearer',
    ]) {
      expect(exported, secret).not.toContain(secret);
    }
  });
});
