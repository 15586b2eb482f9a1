import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Controller, Get, Module } from '@nestjs/common';
import type { LightMyRequestResponse } from 'fastify';
import { AppModule } from 'src/app.module';
import { Public } from 'src/common/auth/auth.decorator';
import { type EmbeddedDatabase, startEmbeddedDatabase } from 'src/database/embedded-database';
import { bearerHeaders, createUser, DEFAULT_TEST_PASSWORD } from 'test/factories/user.factory';
import {
  type PrivateRedis,
  REDIS_SERVER_BINARY,
  redisRequired,
  redisServerInstalled,
  startPrivateRedis,
} from 'test/utils/redis';
import { startTestApp, type TestApp } from 'test/utils/test-app';

// Each outage is real: a private PostgreSQL or redis-server started for this file and stopped
// under the running app. The machine's shared servers are never touched.

// A request that stays in flight until the test lets it finish, so its connection is busy
// (not idle, so not closed) when shutdown starts.
let entered: () => void = () => undefined;
let release: () => void = () => undefined;
const inFlight = { entered: Promise.resolve(), released: Promise.resolve() };

@Public()
@Controller('drain-probe')
class DrainProbeController {
  @Get()
  async hold(): Promise<{ done: boolean }> {
    entered();
    await inFlight.released;
    return { done: true };
  }
}

@Module({ imports: [AppModule], controllers: [DrainProbeController] })
class DrainProbeModule {}

const expectUnavailable = (res: LightMyRequestResponse): void => {
  expect(res.statusCode).toBe(503);
  expect(res.json()).toEqual({
    statusCode: 503,
    code: 'service_unavailable',
    message: expect.any(String) as string,
  });
  expect(res.headers['retry-after']).toBe('5');
  expect(res.body).not.toMatch(/ECONN|127\.0\.0\.1|terminat|redis|postgres|queue/i);
};

describe('dependency outages', () => {
  describe('when PostgreSQL stops', () => {
    let dataDir: string;
    let database: EmbeddedDatabase;
    let t: TestApp;

    beforeAll(async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'devcoach-outage-pg-'));
      database = await startEmbeddedDatabase({ dataDir, database: 'postgres' });
      // startTestApp makes its database on the server TEST_DATABASE_URL names: the private one.
      const shared = process.env.TEST_DATABASE_URL;
      process.env.TEST_DATABASE_URL = database.url;
      try {
        t = await startTestApp('edge_outage_pg');
      } finally {
        if (shared === undefined) {
          delete process.env.TEST_DATABASE_URL;
        } else {
          process.env.TEST_DATABASE_URL = shared;
        }
      }
    });

    afterAll(async () => {
      // Not t.close(): its database went down with the server, which is removed whole.
      await t?.app.close();
      await database?.stop();
      if (dataDir) {
        rmSync(dataDir, { recursive: true, force: true });
      }
    });

    it('should answer 503 with Retry-After on database routes and stay live when the server is gone', async () => {
      const user = await createUser(t.app);
      const auth = await bearerHeaders(t.app, user);
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: auth })).statusCode).toBe(200);

      await database.stop();

      expectUnavailable(await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: auth }));
      expectUnavailable(await t.app.inject({ method: 'GET', url: '/api/v1/identities', headers: auth }));
      expectUnavailable(
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: user.email, password: DEFAULT_TEST_PASSWORD },
        }),
      );
      const ready = await t.app.inject({ method: 'GET', url: '/health/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({ checks: { database: { status: 'down' } } });
      expect((await t.app.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
    });
  });

  describe('when Redis dies under the BullMQ queue', () => {
    let skipReason: string | undefined;
    let redis: PrivateRedis | undefined;
    let t: TestApp | undefined;

    beforeAll(async () => {
      if (!redisServerInstalled()) {
        if (redisRequired()) {
          throw new Error(`REQUIRE_REDIS=1 but ${REDIS_SERVER_BINARY} is missing`);
        }
        skipReason = `${REDIS_SERVER_BINARY} is missing`;
        process.stderr.write(`\nSKIPPED: Redis outage e2e — ${skipReason}\n`);
        return;
      }
      redis = await startPrivateRedis();
      t = await startTestApp('edge_outage_redis', {
        env: {
          REDIS_URL: redis.url,
          QUEUE_PREFIX: `test-outage-${randomBytes(4).toString('hex')}`,
          // An API process that only produces, as in the split deployment.
          QUEUE_RUN_WORKERS: 'false',
          AI_PROVIDER: 'demo',
          AI_DEMO_CHUNK_DELAY_MS: '0',
          USER_TURNS_PER_MINUTE: '0',
        },
      });
    });

    beforeEach((context) => {
      if (skipReason) {
        context.skip(skipReason);
      }
    });

    afterAll(async () => {
      // A fresh, empty server again, so the connections close cleanly.
      await redis?.start();
      await t?.close();
      await redis?.kill();
    });

    it('should answer 503 with Retry-After when a turn cannot be queued', async () => {
      if (!t || !redis) {
        throw new Error('outage setup did not run');
      }
      const auth = await bearerHeaders(t.app, await createUser(t.app));

      await redis.kill();

      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/coach/turns',
        headers: auth,
        payload: { message: 'I grew up by the sea.' },
      });
      expectUnavailable(res);
    });
  });

  describe('when the server drains for shutdown', () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await startTestApp('edge_outage_drain', { rootModule: DrainProbeModule });
    });

    afterAll(async () => {
      await t?.close();
    });

    it('should answer a request arriving during the drain with 503 and Retry-After in our shape', async () => {
      inFlight.entered = new Promise<void>((resolve) => (entered = resolve));
      inFlight.released = new Promise<void>((resolve) => (release = resolve));
      await t.app.listen(0, '127.0.0.1');
      const { port } = t.app.getHttpServer().address() as { port: number };
      const socket = connect(port, '127.0.0.1');
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString('utf8')));
      const closed = new Promise((resolve) => socket.on('close', resolve));

      socket.write('GET /api/v1/drain-probe HTTP/1.1\r\nHost: x\r\n\r\n');
      await inFlight.entered;
      const draining = t.app.getHttpAdapter().getInstance().close();
      await new Promise((resolve) => setImmediate(resolve));
      // Release the first request only once the server has parsed the second (a fixed short
      // wait could run out on a loaded machine before the bytes were read); the 2 s cap keeps
      // the test alive should this Node version hold pipelined requests back.
      const secondParsed = new Promise<void>((resolve) => {
        t.app.getHttpServer().once('request', () => resolve());
      });
      socket.write('GET /health/live HTTP/1.1\r\nHost: x\r\n\r\n');
      await Promise.race([secondParsed, new Promise((resolve) => setTimeout(resolve, 2000))]);
      release();
      await draining;
      await closed;

      const responses = received.split(/(?=HTTP\/1\.1 )/);
      expect(responses).toHaveLength(2);
      expect(responses[0]).toMatch(/^HTTP\/1\.1 200 /);
      const drained = responses[1] ?? '';
      expect(drained).toMatch(/^HTTP\/1\.1 503 /);
      expect(drained).toMatch(/\r\nretry-after: 5\r\n/i);
      expect(JSON.parse(drained.slice(drained.indexOf('\r\n\r\n') + 4))).toEqual({
        statusCode: 503,
        code: 'service_unavailable',
        message: expect.any(String) as string,
      });
    });
  });
});
