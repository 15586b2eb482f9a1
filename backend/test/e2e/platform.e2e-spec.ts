import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import { IsEmail, IsString, MaxLength } from 'class-validator';
import { Validator } from '@seriousme/openapi-schema-validator';
import { AppModule } from 'src/app.module';
import { Public } from 'src/common/auth/auth.decorator';
import { startTestApp, type TestApp } from 'test/utils/test-app';

class ProbeDto {
  @IsEmail()
  email: string;

  @IsString()
  @MaxLength(50)
  name: string;
}

// A route with a validated body, so the platform's input handling is tested without
// depending on any feature module. Public: the global auth guard is not what is tested here.
@Public()
@Controller('platform-probe')
class ProbeController {
  @Post()
  echo(@Body() body: ProbeDto): ProbeDto {
    return body;
  }

  @Get('boom')
  boom(): never {
    throw new Error('secret driver detail: password=hunter2 at /srv/app.ts:42');
  }
}

@Module({ imports: [AppModule], controllers: [ProbeController] })
class ProbeAppModule {}

const makeStaticRoot = (): string => {
  const root = mkdtempSync(join(tmpdir(), 'devcoach-static-'));
  for (const [app, title] of [
    ['web', 'Web shell'],
    ['admin', 'Admin shell'],
  ] as const) {
    mkdirSync(join(root, app, 'dist', 'assets'), { recursive: true });
    writeFileSync(join(root, app, 'dist', 'index.html'), `<!doctype html><title>${title}</title>`);
    writeFileSync(join(root, app, 'dist', 'assets', 'main-abc123.js'), `console.log('${app}')`);
  }
  return root;
};

const expectErrorShape = (body: Record<string, unknown>, statusCode: number, code: string): void => {
  expect(body).toMatchObject({ statusCode, code });
  expect(typeof body.message).toBe('string');
  expect(JSON.stringify(body)).not.toMatch(/stack|at \/|\.ts:\d+|hunter2/);
};

describe('platform', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('platform', { rootModule: ProbeAppModule, staticRoot: makeStaticRoot() });
  });

  afterAll(async () => {
    await t?.close();
  });

  const inject = (options: Parameters<TestApp['app']['inject']>[0]) => t.app.inject(options);

  describe('health and metrics', () => {
    it('should answer liveness when the process runs', async () => {
      const res = await inject({ method: 'GET', url: '/health/live' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'ok' });
    });

    it('should report database and queue up when both answer', async () => {
      const res = await inject({ method: 'GET', url: '/health/ready' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        status: 'ok',
        checks: { database: { status: 'up' }, queue: { status: 'up' } },
      });
    });

    it('should expose Prometheus metrics including HTTP latency when scraped', async () => {
      await inject({ method: 'GET', url: '/health/live' });
      const res = await inject({ method: 'GET', url: '/metrics' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/plain');
      expect(res.body).toContain('http_request_duration_seconds_bucket');
      expect(res.body).toContain('process_cpu_user_seconds_total');
    });

    it('should echo or create a request id on every response when called', async () => {
      const given = await inject({
        method: 'GET',
        url: '/health/live',
        headers: { 'x-request-id': 'abc-123' },
      });
      expect(given.headers['x-request-id']).toBe('abc-123');
      const created = await inject({ method: 'GET', url: '/health/live' });
      expect(created.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });
  });

  describe('bad input', () => {
    it('should accept a valid body when it matches the DTO', async () => {
      const res = await inject({
        method: 'POST',
        url: '/api/v1/platform-probe',
        payload: { email: 'ann@example.com', name: 'Ann' },
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toEqual({ email: 'ann@example.com', name: 'Ann' });
    });

    it('should answer 400 malformed_json when the JSON is broken', async () => {
      const res = await inject({
        method: 'POST',
        url: '/api/v1/platform-probe',
        headers: { 'content-type': 'application/json' },
        payload: '{"email": "ann@example.com",',
      });
      expect(res.statusCode).toBe(400);
      expectErrorShape(res.json(), 400, 'malformed_json');
    });

    it('should answer 400 naming unknown fields when the body has extras', async () => {
      const res = await inject({
        method: 'POST',
        url: '/api/v1/platform-probe',
        payload: { email: 'ann@example.com', name: 'Ann', role: 'superuser', isStaff: true },
      });
      expect(res.statusCode).toBe(400);
      const body = res.json<{ message: string; details: { field: string }[] }>();
      expectErrorShape(body, 400, 'validation_failed');
      expect(body.message).toContain('role');
      expect(body.message).toContain('isStaff');
      expect(body.details.map((detail) => detail.field)).toEqual(expect.arrayContaining(['role', 'isStaff']));
    });

    it('should answer 400 with field details when a value is invalid', async () => {
      const res = await inject({
        method: 'POST',
        url: '/api/v1/platform-probe',
        payload: { email: 'nope', name: 7 },
      });
      expect(res.statusCode).toBe(400);
      const body = res.json<{ details: { field: string }[] }>();
      expect(body.details.map((detail) => detail.field)).toEqual(expect.arrayContaining(['email', 'name']));
    });

    it('should answer 415 when the content type is not JSON', async () => {
      const res = await inject({
        method: 'POST',
        url: '/api/v1/platform-probe',
        headers: { 'content-type': 'application/xml' },
        payload: '<probe/>',
      });
      expect(res.statusCode).toBe(415);
      expectErrorShape(res.json(), 415, 'unsupported_media_type');
    });

    it('should answer 413 when the body is larger than the limit', async () => {
      const res = await inject({
        method: 'POST',
        url: '/api/v1/platform-probe',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ email: 'a@b.co', name: 'x'.repeat(2 * 1024 * 1024) }),
      });
      expect(res.statusCode).toBe(413);
      expectErrorShape(res.json(), 413, 'payload_too_large');
    });

    it('should answer a JSON 404 when an /api route does not exist', async () => {
      for (const url of ['/api/v1/nope', '/api/nope', '/api', '/health/nope']) {
        const res = await inject({ method: 'GET', url });
        expect(res.statusCode).toBe(404);
        expect(res.headers['content-type']).toContain('application/json');
        expectErrorShape(res.json(), 404, 'not_found');
      }
      const post = await inject({ method: 'POST', url: '/api/v1/nope', payload: {} });
      expect(post.statusCode).toBe(404);
      expectErrorShape(post.json(), 404, 'not_found');
    });

    it('should answer a generic 500 without internals when a handler throws', async () => {
      const res = await inject({ method: 'GET', url: '/api/v1/platform-probe/boom' });
      expect(res.statusCode).toBe(500);
      expectErrorShape(res.json(), 500, 'internal_error');
    });
  });

  describe('security headers', () => {
    it('should send helmet headers when answering', async () => {
      const res = await inject({ method: 'GET', url: '/health/live' });
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    });

    it('should forbid caching of every API answer, errors included, when the route sets nothing', async () => {
      const ok = await inject({ method: 'GET', url: '/api/v1/platform-probe' });
      const missing = await inject({ method: 'GET', url: '/api/v1/no-such-route' });
      expect(ok.headers['cache-control']).toBe('no-store');
      expect(missing.headers['cache-control']).toBe('no-store');
    });

    it('should allow CORS only for listed origins when preflighted', async () => {
      const allowed = await inject({
        method: 'OPTIONS',
        url: '/api/v1/platform-probe',
        headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST' },
      });
      expect(allowed.headers['access-control-allow-origin']).toBe('http://localhost:3000');
      const denied = await inject({
        method: 'OPTIONS',
        url: '/api/v1/platform-probe',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      expect(denied.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('OpenAPI', () => {
    it('should serve a valid OpenAPI 3.1 document when asked', async () => {
      const res = await inject({ method: 'GET', url: '/api/openapi.json' });
      expect(res.statusCode).toBe(200);
      const document = res.json<{
        openapi: string;
        paths: Record<string, Record<string, { responses: object }>>;
      }>();
      expect(document.openapi).toBe('3.1.0');
      const result = await new Validator().validate(document);
      expect(result.errors).toBeUndefined();
      expect(result.valid).toBe(true);
      for (const operations of Object.values(document.paths)) {
        for (const operation of Object.values(operations)) {
          expect(Object.keys(operation.responses)).toContain('500');
        }
      }
    });

    it('should render Swagger UI when /api/docs is opened', async () => {
      const res = await inject({ method: 'GET', url: '/api/docs' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.body).toContain('swagger');
    });
  });

  describe('static apps', () => {
    it('should serve the web shell at / and for client-side routes', async () => {
      for (const url of ['/', '/login', '/coach/session?x=1']) {
        const res = await inject({ method: 'GET', url });
        expect(res.statusCode).toBe(200);
        expect(res.body).toContain('Web shell');
        expect(res.headers['cache-control']).toBe('no-cache');
      }
    });

    it('should serve the admin shell under /admin when deep-linked', async () => {
      const redirect = await inject({ method: 'GET', url: '/admin' });
      expect(redirect.statusCode).toBe(301);
      expect(redirect.headers.location).toBe('/admin/');
      for (const url of ['/admin/', '/admin/users/42']) {
        const res = await inject({ method: 'GET', url });
        expect(res.statusCode).toBe(200);
        expect(res.body).toContain('Admin shell');
      }
    });

    it('should serve hashed assets with long caching when requested', async () => {
      const res = await inject({ method: 'GET', url: '/assets/main-abc123.js' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toContain('immutable');
      const admin = await inject({ method: 'GET', url: '/admin/assets/main-abc123.js' });
      expect(admin.body).toContain("'admin'");
    });

    it('should never fall through to the SPA when an /api path is unknown', async () => {
      const res = await inject({
        method: 'GET',
        url: '/api/v1/does-not-exist',
        headers: { accept: 'text/html' },
      });
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toContain('application/json');
    });
  });
});
