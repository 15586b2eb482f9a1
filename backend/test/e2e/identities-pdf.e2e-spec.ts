import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { components } from '@dev-coach/api-client';
import { findRepoRoot } from 'src/config/paths';
import { bearerHeaders, createUser, type AuthHeaders } from 'test/factories/user.factory';
import { startTestApp, type TestApp } from 'test/utils/test-app';

describe('GET /identities/i-am.pdf', () => {
  let t: TestApp;
  let maya: AuthHeaders;
  let sam: AuthHeaders;

  beforeAll(async () => {
    t = await startTestApp('identities_pdf');
    maya = await bearerHeaders(t.app, await createUser(t.app, { firstName: 'Maya' }));
    sam = await bearerHeaders(t.app, await createUser(t.app, { firstName: 'Sam' }));
  });

  afterAll(async () => {
    await t?.close();
  });

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, headers: AuthHeaders, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: { ...headers }, payload });

  it('should return a PDF of the statements when the client has written some', async () => {
    for (const [name, category, statement] of [
      ['Steady runner', 'physical_expression', 'I am someone who moves every day, rain or shine.'],
      ['Present parent', 'familial_relations', 'I am fully there for my children at dinner.'],
    ]) {
      const created = await call('POST', '/identities', maya, { name, category });
      const { id } = created.json<components['schemas']['IdentityResponseDto']>();
      const edited = await call('PATCH', `/identities/${id}`, maya, { iAmStatement: statement });
      expect(edited.statusCode).toBe(200);
    }
    const res = await call('GET', '/identities/i-am.pdf', maya);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('i-am.pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(res.rawPayload.length).toBeGreaterThan(1500);
    // Kept for a person to look at (pdftoppm turns it into PNG pages).
    const out = join(findRepoRoot(), 'test-results');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'i-am.pdf'), res.rawPayload);
  });

  it('should still return a friendly one-page PDF when no statement exists yet', async () => {
    const res = await call('GET', '/identities/i-am.pdf', sam);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('should require sign-in when requested anonymously', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/identities/i-am.pdf' });
    expect(res.statusCode).toBe(401);
  });
});
