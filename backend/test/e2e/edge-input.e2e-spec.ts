import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { DataSource } from 'typeorm';
import { UserNotesRepository } from 'src/notes/user-notes.repository';
import { bearerHeaders, createUser, type AuthHeaders, type TestUser } from 'test/factories/user.factory';
import { countRows } from 'test/utils/coaching';
import { startTestApp, type TestApp } from 'test/utils/test-app';

type InjectOptions = Parameters<TestApp['app']['inject']>[0];

interface ErrorJson {
  statusCode: number;
  code: string;
  message: string;
  details?: { field?: string; message: string }[];
}

const JSON_HEADERS = { 'content-type': 'application/json' };

// What a hostile or broken client sends: raw JSON text, so escapes like \u0000 and \ud800 reach
// the server exactly as written.
const deepArray = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;

const bodyOfSize = (bytes: number, extra: Record<string, unknown>): string => {
  const head = JSON.stringify({ ...extra, padding: '' });
  return `${head.slice(0, -2)}${'x'.repeat(bytes - head.length)}"}`;
};

const expectErrorShape = (body: ErrorJson, statusCode: number, code: string): void => {
  expect(body).toMatchObject({ statusCode, code });
  expect(typeof body.message).toBe('string');
  expect(Object.keys(body).sort()).toEqual(
    body.details ? ['code', 'details', 'message', 'statusCode'] : ['code', 'message', 'statusCode'],
  );
};

// Every input the edge rejects is rejected before guards, pipes and handlers: Fastify parses,
// src/common/http/input-guard.ts inspects, the global filter shapes the answer.
describe('edge input limits', () => {
  let t: TestApp;
  let user: TestUser;
  let auth: AuthHeaders;

  beforeAll(async () => {
    t = await startTestApp('edge_input', {
      env: { AI_PROVIDER: 'demo', AI_DEMO_CHUNK_DELAY_MS: '0', USER_TURNS_PER_MINUTE: '0' },
    });
    user = await createUser(t.app, { firstName: 'Ann' });
    auth = await bearerHeaders(t.app, user);
  });

  afterAll(async () => {
    await t?.close();
  });

  const send = async (options: InjectOptions): Promise<{ status: number; body: ErrorJson; raw: string }> => {
    const res = await t.app.inject(options);
    return { status: res.statusCode, body: res.json<ErrorJson>(), raw: res.body };
  };

  const expectInvalidText = (res: { status: number; body: ErrorJson }, field: string): void => {
    expect(res.status).toBe(400);
    expectErrorShape(res.body, 400, 'invalid_text');
    expect(res.body.details).toEqual([{ field, message: expect.stringContaining(field) as string }]);
  };

  describe('nesting and size', () => {
    it('should answer 400 json_too_deep when an unauthenticated body nests 5,000 arrays', async () => {
      for (const payload of [deepArray(5000), `{"email":${deepArray(5000)},"password":"x"}`]) {
        const res = await send({ method: 'POST', url: '/api/v1/auth/login', headers: JSON_HEADERS, payload });
        expect(res.status).toBe(400);
        expectErrorShape(res.body, 400, 'json_too_deep');
      }
    });

    it('should answer 400 json_too_deep when a signed-in client nests deeply inside a field', async () => {
      const payload = `{"message":"hi","actions":[{"type":"x","params":{"a":${deepArray(40)}}}]}`;
      const res = await send({
        method: 'POST',
        url: '/api/v1/coach/turns',
        headers: { ...auth, ...JSON_HEADERS },
        payload,
      });
      expect(res.status).toBe(400);
      expectErrorShape(res.body, 400, 'json_too_deep');
      expect(await countRows(t.app.get(DataSource), 'turns', user.id)).toBe(0);
    });

    it('should answer 413 payload_too_large when a body is 1 MB', async () => {
      const res = await send({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: JSON_HEADERS,
        payload: bodyOfSize(1024 * 1024, { email: 'a@example.com', password: 'x' }),
      });
      expect(res.status).toBe(413);
      expectErrorShape(res.body, 413, 'payload_too_large');
    });

    it('should keep the larger limit only for prompt routes when a body is between the two', async () => {
      const payload = bodyOfSize(300 * 1024, { target: 'coach_turn' });
      const ordinary = await send({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: JSON_HEADERS,
        payload,
      });
      expect(ordinary.status).toBe(413);
      // Read and parsed, then refused by the auth guard: the body limit let it through.
      const prompts = await send({
        method: 'POST',
        url: '/api/v1/admin/prompts/preview',
        headers: JSON_HEADERS,
        payload,
      });
      expect(prompts.status).toBe(401);
    });
  });

  describe('text PostgreSQL cannot store', () => {
    it('should answer 400 naming the field and store nothing when a turn message holds NUL', async () => {
      const res = await send({
        method: 'POST',
        url: '/api/v1/coach/turns',
        headers: { ...auth, ...JSON_HEADERS },
        payload: '{"message":"I grew up\\u0000 by the sea."}',
      });
      expectInvalidText(res, 'message');
      expect(await countRows(t.app.get(DataSource), 'turns', user.id)).toBe(0);
    });

    it('should answer 400 naming the field and keep the note when an edit holds NUL', async () => {
      const dataSource = t.app.get(DataSource);
      const note = await t.app
        .get(UserNotesRepository)
        .insert(dataSource.manager, { userId: user.id, text: 'Works as a nurse.', sourceMessageId: null });
      const res = await send({
        method: 'PATCH',
        url: `/api/v1/notes/${note.id}`,
        headers: { ...auth, ...JSON_HEADERS },
        payload: '{"text":"Works nights\\u0000"}',
      });
      expectInvalidText(res, 'text');
      const notes = await t.app.inject({ method: 'GET', url: '/api/v1/notes', headers: auth });
      expect(notes.json<{ text: string }[]>().map((item) => item.text)).toEqual(['Works as a nurse.']);
    });

    it('should answer 400 naming the field and keep the profile when a profile field holds NUL', async () => {
      const res = await send({
        method: 'PATCH',
        url: '/api/v1/me',
        headers: { ...auth, ...JSON_HEADERS },
        payload: '{"firstName":"A\\u0000nn"}',
      });
      expectInvalidText(res, 'firstName');
      const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: auth });
      expect(me.json()).toMatchObject({ firstName: 'Ann' });
    });

    it('should answer 400 naming the nested path when an identity field holds a lone surrogate', async () => {
      const res = await send({
        method: 'POST',
        url: '/api/v1/coach/turns',
        headers: { ...auth, ...JSON_HEADERS },
        payload: '{"message":"hi","actions":[{"type":"x","params":{"name":"Runner \\udc00"}}]}',
      });
      expectInvalidText(res, 'actions.0.params.name');
    });

    it('should answer 400 instead of a URIError when an unauthenticated email holds a lone surrogate', async () => {
      for (const [url, payload] of [
        ['/api/v1/auth/login', '{"email":"\\ud800ann@example.com","password":"Blue-Kettle-Moon-7"}'],
        ['/api/v1/auth/token', '{"email":"\\ud800ann@example.com","password":"Blue-Kettle-Moon-7"}'],
        ['/api/v1/auth/forgot-password', '{"email":"ann\\udfff@example.com"}'],
        ['/api/v1/auth/resend-verification', '{"email":"ann\\udfff@example.com"}'],
      ] as const) {
        expectInvalidText(await send({ method: 'POST', url, headers: JSON_HEADERS, payload }), 'email');
      }
    });

    it('should answer 400 when a form-encoded body or a query string holds NUL', async () => {
      expectInvalidText(
        await send({
          method: 'POST',
          url: '/api/v1/auth/login',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: 'email=ann%00%40example.com&password=Blue-Kettle-Moon-7',
        }),
        'email',
      );
      expectInvalidText(
        await send({ method: 'GET', url: '/api/v1/coach/messages?before=%00', headers: auth }),
        'before',
      );
    });

    it('should not echo the bad characters when a field name holds NUL', async () => {
      const res = await send({
        method: 'PATCH',
        url: '/api/v1/me',
        headers: { ...auth, ...JSON_HEADERS },
        payload: '{"first\\u0000Name":"Ann"}',
      });
      expectInvalidText(res, 'first\ufffdName');
      expect(res.raw).not.toContain('\\u0000');
    });

    it('should accept emoji and accents when text is well formed', async () => {
      const res = await t.app.inject({
        method: 'PATCH',
        url: '/api/v1/me',
        headers: auth,
        payload: { firstName: 'Zoë 😀' },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ firstName: 'Zoë 😀' });
    });
  });

  describe('framework errors', () => {
    it('should answer 414 in our shape without echoing the URL when a path parameter is too long', async () => {
      const res = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/notes/${'x'.repeat(200)}%3Cscript%3E`,
        headers: { ...auth, ...JSON_HEADERS },
        payload: '{"text":"a"}',
      });
      expect(res.statusCode).toBe(414);
      expectErrorShape(res.json(), 414, 'uri_too_long');
      expect(res.body).not.toMatch(/xxxx|script|notes/i);
      expect(res.headers['content-type']).toContain('application/json');
      expect(res.headers['x-request-id']).toBeTruthy();
    });

    it('should answer 400 in our shape without echoing the URL when percent-encoding is broken', async () => {
      const res = await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/notes/%zz${randomUUID()}`,
        headers: auth,
      });
      expect(res.statusCode).toBe(400);
      expectErrorShape(res.json(), 400, 'bad_request');
      expect(res.body).not.toMatch(/%zz|notes/);
    });

    it('should answer 404 without echoing the URL when no route matches', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/nope/%3Cscript%3E' });
      expect(res.statusCode).toBe(404);
      expectErrorShape(res.json(), 404, 'not_found');
      expect(res.body).not.toMatch(/nope|script/i);
    });

    it('should answer 431 in our shape when the request headers overflow', async () => {
      await t.app.listen(0, '127.0.0.1');
      const { port } = t.app.getHttpServer().address() as { port: number };
      const raw = await new Promise<string>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1');
        let received = '';
        socket.on('data', (chunk) => (received += chunk.toString('utf8')));
        socket.on('close', () => resolve(received));
        socket.on('error', reject);
        socket.write(`GET /health/live HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(64 * 1024)}\r\n\r\n`);
      });
      expect(raw).toMatch(/^HTTP\/1\.1 431 /);
      const body = JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4)) as ErrorJson;
      expectErrorShape(body, 431, 'headers_too_large');
    });
  });
});
