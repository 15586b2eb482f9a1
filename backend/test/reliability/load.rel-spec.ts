import { randomBytes } from 'node:crypto';
import { createClients, crudLoop, errorCount, newTally, signIn, streamingTurn } from 'test/reliability/load';
import { recordReliability } from 'test/reliability/report';
import { type ServerProcess, startServer } from 'test/reliability/server';
import { startTestApp, type TestApp } from 'test/utils/test-app';

// quality.md reliability test 8: 200 clients each stream a coach turn at once (POST, then its
// Server-Sent Events to `done`) while 20 more run CRUD traffic, against the API as its own
// process over loopback with the demo model. Bounded: one turn per client, CRUD until the turns
// end. Error rate (anything but the expected answer, a cut stream included) must stay < 0.1 %.

const STREAMS = Number(process.env.LOAD_STREAMS ?? 200);
const CRUD_CLIENTS = 20;
const MAX_ERROR_RATE = 0.001;
const JWT_SECRET = randomBytes(32).toString('hex');

describe('load: 200 streaming turns and CRUD', () => {
  let t: TestApp;
  let server: ServerProcess;
  let emails: string[];

  beforeAll(async () => {
    t = await startTestApp('rel_load', { env: { JWT_SECRET } });
    emails = await createClients(t.app, STREAMS + CRUD_CLIENTS, `load-${randomBytes(3).toString('hex')}`);
    // The server process takes over the database; the in-process app only made the clients.
    await t.app.close();
    server = await startServer(t.database.url, {
      JWT_SECRET,
      AI_PROVIDER: 'demo',
      AI_DEMO_CHUNK_DELAY_MS: '20',
      USER_TURNS_PER_MINUTE: '0',
      AUTH_RATE_LIMIT_IP: '1000000',
      LOGIN_RATE_LIMIT_IP: '1000000',
      QUEUE_CONCURRENCY: '32',
      DATABASE_POOL_SIZE: '20',
    });
  });

  afterAll(async () => {
    await server?.stop();
    await t?.database.drop();
  });

  it('should keep the error rate under 0.1 % when 200 turns stream at once beside CRUD traffic', async () => {
    const headers = await signIn(server.base, emails);
    const tally = newTally();
    let streaming = true;
    const started = performance.now();
    const crud = headers
      .slice(STREAMS)
      .map((client) => crudLoop(tally, server.base, client, () => !streaming));
    await Promise.all(headers.slice(0, STREAMS).map((client) => streamingTurn(tally, server.base, client)));
    const streamSeconds = (performance.now() - started) / 1000;
    streaming = false;
    await Promise.all(crud);

    const errors = errorCount(tally, (outcome) => !/^(2\d\d|stream-done)$/.test(outcome));
    const rate = errors / tally.total;
    recordReliability({
      test: 8,
      id: 'load-200-streams',
      title: 'Load: 200 concurrent streaming turns + CRUD',
      files: ['test/reliability/load.rel-spec.ts'],
      passed: rate < MAX_ERROR_RATE,
      figures: {
        streams: STREAMS,
        streamsDone: tally.statuses['stream-done'] ?? 0,
        crudClients: CRUD_CLIENTS,
        requests: tally.total,
        errors,
        errorRatePercent: Number((rate * 100).toFixed(3)),
        seconds: Math.round(streamSeconds),
        statuses: JSON.stringify(tally.statuses),
      },
    });
    expect(tally.statuses['stream-done']).toBe(STREAMS);
    expect(rate, tally.samples.join('\n')).toBeLessThan(MAX_ERROR_RATE);
  });
});
