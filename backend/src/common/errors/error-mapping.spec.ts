import { createServer, type Server, type Socket } from 'node:net';
import { NotFoundException } from '@nestjs/common';
import { Redis } from 'ioredis';
import { Client, DatabaseError, Pool } from 'pg';
import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { freePort } from 'src/common/net/free-port';
import { DependencyUnavailableError } from 'src/common/errors/dependency-unavailable.error';
import { mapError, OUTAGE_RETRY_AFTER_SECONDS } from 'src/common/errors/error-mapping';

const caught = async (work: () => Promise<unknown>): Promise<unknown> => {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
};

const pgError = (code: string, message: string): QueryFailedError =>
  new QueryFailedError('SELECT 1', [], Object.assign(new DatabaseError(message, 0, 'error'), { code }));

const expectOutage = (error: unknown): void => {
  const mapped = mapError(error);
  expect(mapped.body).toEqual({
    statusCode: 503,
    code: 'service_unavailable',
    message: expect.any(String) as string,
  });
  expect(mapped.retryAfterSeconds).toBe(OUTAGE_RETRY_AFTER_SECONDS);
  expect(mapped.unexpected).toBe(false);
  expect(JSON.stringify(mapped.body)).not.toMatch(/ECONN|127\.0\.0\.1|terminat|Redis|queue/i);
};

describe('mapError', () => {
  let closedPort: number;
  // Accepts connections and never answers, like a PostgreSQL that hangs.
  let silent: Server;
  let silentPort: number;
  const sockets = new Set<Socket>();

  beforeAll(async () => {
    closedPort = await freePort();
    silentPort = await freePort();
    silent = createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(silentPort, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    for (const socket of sockets) {
      socket.destroy();
    }
    await new Promise((resolve) => silent.close(resolve));
  });

  describe('dependency outages', () => {
    it('should answer 503 with Retry-After when PostgreSQL refuses the connection', async () => {
      const pool = new Pool({ host: '127.0.0.1', port: closedPort, connectionTimeoutMillis: 1000 });
      expectOutage(await caught(() => pool.query('SELECT 1')));
      await pool.end();
    });

    it('should answer 503 when PostgreSQL does not answer the connection in time', async () => {
      const client = new Client({ host: '127.0.0.1', port: silentPort, connectionTimeoutMillis: 50 });
      expectOutage(await caught(() => client.connect()));
    });

    it('should answer 503 when the pool has no client to give within its timeout', async () => {
      const pool = new Pool({ host: '127.0.0.1', port: silentPort, max: 1, connectionTimeoutMillis: 100 });
      const first = pool.connect().catch(() => undefined);
      const error = await caught(() => pool.connect());
      expect((error as Error).message).toMatch(/timeout/);
      expectOutage(error);
      await first;
      await pool.end();
    });

    it('should answer 503 when PostgreSQL is shutting down or cannot take connections', () => {
      expectOutage(pgError('57P01', 'terminating connection due to administrator command'));
      expectOutage(pgError('57P03', 'the database system is starting up'));
      expectOutage(pgError('08006', 'connection failure'));
      expectOutage(pgError('53300', 'sorry, too many clients already'));
    });

    it('should answer 503 when a transaction lost its connection and TypeORM released its runner', () => {
      expectOutage(new QueryRunnerAlreadyReleasedError());
    });

    it('should answer 503 when ioredis gives up on a command', async () => {
      const redis = new Redis(closedPort, '127.0.0.1', { maxRetriesPerRequest: 0, lazyConnect: true });
      redis.on('error', () => undefined);
      const error = await caught(() => redis.ping());
      expect((error as Error).name).toBe('MaxRetriesPerRequestError');
      expectOutage(error);
      redis.disconnect();
    });

    it('should answer 503 when ioredis has no connection and no offline queue', async () => {
      const redis = new Redis(closedPort, '127.0.0.1', { enableOfflineQueue: false, lazyConnect: true });
      redis.on('error', () => undefined);
      expectOutage(await caught(() => redis.ping()));
      redis.disconnect();
    });

    it('should answer 503 when infrastructure code reports its dependency unavailable', () => {
      // The queue driver's errors are subclasses (src/queue/queue.errors.ts).
      class StoreUnavailableError extends DependencyUnavailableError {}
      expectOutage(new StoreUnavailableError('Redis is unavailable (connection reconnecting)'));
    });

    it('should answer 503 when the outage is wrapped as a cause', () => {
      const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
        code: 'ECONNREFUSED',
      });
      expectOutage(new Error('could not load the user', { cause: refused }));
      expectOutage(new AggregateError([refused], 'connect failed'));
    });
  });

  describe('ordinary failures', () => {
    it('should stay a generic 500 when a query fails for a reason of its own', () => {
      for (const error of [
        pgError('23505', 'duplicate key value violates unique constraint'),
        pgError('42P01', 'relation "nope" does not exist'),
        new TypeError("Cannot read properties of undefined (reading 'id')"),
        new Error('secret driver detail'),
      ]) {
        const mapped = mapError(error);
        expect(mapped.body).toMatchObject({ statusCode: 500, code: 'internal_error' });
        expect(mapped.unexpected).toBe(true);
        expect(mapped.retryAfterSeconds).toBeUndefined();
      }
    });

    it('should answer 400 invalid_text when PostgreSQL rejects NUL that got past the edge', () => {
      for (const code of ['22021', '22P05']) {
        expect(mapError(pgError(code, 'invalid byte sequence for encoding "UTF8": 0x00')).body).toMatchObject(
          {
            statusCode: 400,
            code: 'invalid_text',
          },
        );
      }
    });

    it('should not echo the URL when Nest reports an unknown route', () => {
      const mapped = mapError(new NotFoundException('Cannot GET /api/v1/<script>alert(1)</script>'));
      expect(mapped.body).toEqual({
        statusCode: 404,
        code: 'not_found',
        message: 'The requested resource does not exist.',
      });
    });

    it('should treat an error code that names an Object property as unknown', () => {
      const error = Object.assign(new Error('odd'), { code: 'constructor' });
      expect(mapError(error).body.statusCode).toBe(500);
    });
  });
});
