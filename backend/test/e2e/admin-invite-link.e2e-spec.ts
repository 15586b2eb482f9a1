import { UserRole } from 'src/common/auth/user-role';
import { bearerHeaders, createUser } from 'test/factories/user.factory';
import { startTestApp, type TestApp } from 'test/utils/test-app';

interface CreatedInvite {
  id: string;
  email: string;
  link?: string;
}

// Default settings keep mail in the outbox (never sent, link masked in the stored copy): the
// inviting superuser is the only one who can pass the link on, so the create answer carries it.
describe('invite link with mail kept in the outbox', () => {
  let t: TestApp;
  let headers: { authorization: string };

  beforeAll(async () => {
    t = await startTestApp('admin_invite_link', { env: { EMAIL_TRANSPORT: 'outbox' } });
    headers = await bearerHeaders(t.app, await createUser(t.app, { role: UserRole.Superuser }));
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should return a working link once in the create answer and never again', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/invites',
      headers,
      payload: { email: 'pass.it.on@example.com' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const invite = created.json<CreatedInvite>();
    expect(invite.link).toMatch(/\/invite#token=[\w-]+$/);

    const token = invite.link?.split('#token=')[1] ?? '';
    const preview = await t.app.inject({ method: 'GET', url: `/api/v1/auth/invites/${token}` });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ email: 'pass.it.on@example.com' });

    const again = await t.app.inject({ method: 'GET', url: `/api/v1/admin/invites/${invite.id}`, headers });
    expect(again.json()).not.toHaveProperty('link');
    const listed = await t.app.inject({ method: 'GET', url: '/api/v1/admin/invites', headers });
    expect(JSON.stringify(listed.json())).not.toContain(token);
  });
});
