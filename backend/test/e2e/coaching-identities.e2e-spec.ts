import type { components } from '@dev-coach/api-client';
import { PromptContextSources } from 'src/prompts/context/prompt-context-sources.service';
import { bearerHeaders, createUser, type AuthHeaders } from 'test/factories/user.factory';
import { startTestApp, type TestApp } from 'test/utils/test-app';

type IdentityBody = components['schemas']['IdentityResponseDto'];

describe('identities API and session media', () => {
  let t: TestApp;
  let alice: AuthHeaders;
  let aliceId: string;
  let bob: AuthHeaders;

  beforeAll(async () => {
    t = await startTestApp('coaching_identities');
    const aliceUser = await createUser(t.app, { firstName: 'Alice' });
    aliceId = aliceUser.id;
    alice = await bearerHeaders(t.app, aliceUser);
    bob = await bearerHeaders(t.app, await createUser(t.app));
  });

  afterAll(async () => {
    await t?.close();
  });

  const call = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    headers?: AuthHeaders,
    payload?: object,
  ) => t.app.inject({ method, url: `/api/v1${url}`, headers: headers ? { ...headers } : {}, payload });

  it('should require sign-in when identities are listed anonymously', async () => {
    const res = await call('GET', '/identities');
    expect(res.statusCode).toBe(401);
  });

  it('should create, edit, reorder and archive identities when the client owns them', async () => {
    const created = await call('POST', '/identities', alice, {
      name: 'Runner',
      category: 'physical_expression',
      note: 'Sunday 5k',
    });
    expect(created.statusCode).toBe(201);
    const runner = created.json<IdentityBody>();
    expect(runner).toMatchObject({ name: 'Runner', state: 'proposed', order: 0 });
    expect(runner.notes).toEqual([expect.objectContaining({ text: 'Sunday 5k', provenance: null })]);

    const reader = (
      await call('POST', '/identities', alice, { name: 'Reader', category: 'passions_and_talents' })
    ).json<IdentityBody>();
    const duplicate = await call('POST', '/identities', alice, { name: 'runner', category: 'spiritual' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ code: 'duplicate_identity_name' });

    const patched = await call('PATCH', `/identities/${runner.id}`, alice, { name: 'Trail runner' });
    expect(patched.statusCode).toBe(200);
    expect(patched.json<IdentityBody>().name).toBe('Trail runner');

    const reordered = await call('POST', '/identities/reorder', alice, { ids: [reader.id, runner.id] });
    expect(reordered.statusCode).toBe(200);
    expect(reordered.json<IdentityBody[]>().map((identity) => identity.name)).toEqual([
      'Reader',
      'Trail runner',
    ]);

    const archived = await call('DELETE', `/identities/${reader.id}`, alice);
    expect(archived.statusCode).toBe(204);
    const list = await call('GET', '/identities', alice);
    expect(list.json<IdentityBody[]>().map((identity) => identity.name)).toEqual(['Trail runner']);
  });

  it('should answer 404 when another client’s identity id is used in a route', async () => {
    const theirs = (
      await call('POST', '/identities', bob, { name: 'Private', category: 'spiritual' })
    ).json<IdentityBody>();
    for (const [method, url, payload] of [
      ['GET', `/identities/${theirs.id}`, undefined],
      ['PATCH', `/identities/${theirs.id}`, { name: 'Stolen' }],
      ['DELETE', `/identities/${theirs.id}`, undefined],
      ['POST', '/identities/reorder', { ids: [theirs.id] }],
    ] as const) {
      const res = await call(method, url, alice, payload);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.json()).toMatchObject({ code: 'identity_not_found' });
    }
    expect((await call('GET', `/identities/${theirs.id}`, bob)).json<IdentityBody>().name).toBe('Private');
  });

  it('should reject bad input with 400 when bodies or ids are malformed', async () => {
    expect((await call('GET', '/identities/not-a-uuid', alice)).statusCode).toBe(400);
    const badCategory = await call('POST', '/identities', alice, { name: 'X', category: 'hobbies' });
    expect(badCategory.statusCode).toBe(400);
    const unknownField = await call('POST', '/identities', alice, {
      name: 'X',
      category: 'spiritual',
      state: 'i_am_complete',
    });
    expect(unknownField.statusCode).toBe(400);
    const emptyName = await call('POST', '/identities', alice, { name: '   ', category: 'spiritual' });
    expect(emptyName.statusCode).toBe(400);
  });

  it('should serve the placeholder video with byte ranges when a session video is requested', async () => {
    const full = await t.app.inject({ method: 'GET', url: '/media/videos/welcome_intro.mp4' });
    expect(full.statusCode).toBe(200);
    expect(full.headers['content-type']).toBe('video/mp4');
    expect(full.headers['accept-ranges']).toBe('bytes');
    const size = full.rawPayload.length;
    expect(size).toBeGreaterThan(1000);
    expect(size).toBeLessThan(100 * 1024);
    // An MP4 starts with an ftyp box.
    expect(full.rawPayload.subarray(4, 8).toString('latin1')).toBe('ftyp');

    const part = await t.app.inject({
      method: 'GET',
      url: '/media/videos/brainstorming_outro.mp4',
      headers: { range: 'bytes=0-99' },
    });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 0-99/${size}`);
    expect(part.rawPayload).toHaveLength(100);

    const beyond = await t.app.inject({
      method: 'GET',
      url: '/media/videos/welcome_intro.mp4',
      headers: { range: `bytes=${size + 10}-` },
    });
    expect(beyond.statusCode).toBe(416);
    expect((await t.app.inject({ method: 'GET', url: '/media/videos/..%2Fsecret.mp4' })).statusCode).toBe(
      404,
    );
  });

  it('should give the prompts module real clients’ contexts when the app starts', async () => {
    const context = await t.app.get(PromptContextSources).forUser(aliceId);
    expect(context).toMatchObject({ userName: 'Alice', currentPhase: 'introduction' });
    expect(context.identities.map((identity) => identity.name)).toContain('Trail runner');
  });
});
