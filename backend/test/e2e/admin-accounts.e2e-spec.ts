import { UserRole } from 'src/common/auth/user-role';
import { bearerHeaders, createUser, type TestUser } from 'test/factories/user.factory';
import { type FakeSes, sesEnv, startFakeSes, tokenFrom } from 'test/utils/fake-ses';
import { startTestApp, type TestApp } from 'test/utils/test-app';

const PASSWORD = 'Maple-Comet-Ridge-8';
const q = (value: object) => encodeURIComponent(JSON.stringify(value));

describe('back office: accounts', () => {
  let t: TestApp;
  let ses: FakeSes;
  let inject: TestApp['app']['inject'];
  let superuser: TestUser;
  let superHeaders: { authorization: string };
  let staffHeaders: { authorization: string };

  beforeAll(async () => {
    ses = await startFakeSes();
    t = await startTestApp('admin_accounts', { env: sesEnv(ses) });
    inject = t.app.inject.bind(t.app);
    superuser = await createUser(t.app, { role: UserRole.Superuser, firstName: 'Sue' });
    superHeaders = await bearerHeaders(t.app, superuser);
    staffHeaders = await bearerHeaders(t.app, await createUser(t.app, { role: UserRole.Staff }));
  });

  afterAll(async () => {
    await t?.close();
    await ses?.close();
  });

  const mailTo = async (address: string, subject: RegExp, count = 1) =>
    (
      await ses.waitFor(
        (sent) => sent.filter((m) => m.to.includes(address) && subject.test(m.subject)).length >= count,
      )
    )
      .filter((m) => m.to.includes(address) && subject.test(m.subject))
      .at(-1)!;

  describe('users', () => {
    it('should list users the react-admin way with search, role filter, sort and Content-Range', async () => {
      await createUser(t.app, { email: 'zelda.search@example.com', firstName: 'Zelda', lastName: 'Quest' });
      await createUser(t.app, { email: 'other.staff@example.com', role: UserRole.Staff });

      const all = await inject({
        method: 'GET',
        url: `/api/v1/admin/users?range=${q([0, 1])}`,
        headers: staffHeaders,
      });
      expect(all.statusCode).toBe(200);
      expect(all.json()).toHaveLength(2);
      expect(all.headers['content-range']).toMatch(/^users 0-1\/\d+$/);

      const byName = await inject({
        method: 'GET',
        url: `/api/v1/admin/users?filter=${q({ q: 'zelda q' })}`,
        headers: staffHeaders,
      });
      expect(byName.json<{ email: string }[]>().map((u) => u.email)).toEqual(['zelda.search@example.com']);

      const staff = await inject({
        method: 'GET',
        url: `/api/v1/admin/users?filter=${q({ role: ['staff', 'superuser'] })}&sort=${q(['email', 'ASC'])}`,
        headers: staffHeaders,
      });
      const roles = staff.json<{ role: string; email: string }[]>();
      expect(roles.every((u) => u.role !== 'user')).toBe(true);
      expect(roles.map((u) => u.email)).toEqual([...roles.map((u) => u.email)].sort());

      for (const bad of [
        `filter=${q({ role: 'king' })}`,
        `sort=${q(['passwordHash', 'ASC'])}`,
        `filter=${q({ verified: 'maybe' })}`,
      ]) {
        expect(
          (await inject({ method: 'GET', url: `/api/v1/admin/users?${bad}`, headers: staffHeaders }))
            .statusCode,
        ).toBe(400);
      }
      const missing = await inject({
        method: 'GET',
        url: '/api/v1/admin/users/3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13',
        headers: staffHeaders,
      });
      expect(missing.statusCode).toBe(404);
      expect(
        (await inject({ method: 'GET', url: '/api/v1/admin/users/nope', headers: staffHeaders })).statusCode,
      ).toBe(400);
    });

    it('should create an account without a password and email an invite that completes it', async () => {
      const created = await inject({
        method: 'POST',
        url: '/api/v1/admin/users',
        headers: staffHeaders,
        payload: { email: 'New.Client@Example.com', firstName: 'Nia' },
      });
      expect(created.statusCode).toBe(201);
      const user = created.json<{
        id: string;
        email: string;
        hasPassword: boolean;
        emailVerified: boolean;
      }>();
      expect(user).toMatchObject({
        email: 'new.client@example.com',
        hasPassword: false,
        emailVerified: false,
        role: 'user',
      });

      const duplicate = await inject({
        method: 'POST',
        url: '/api/v1/admin/users',
        headers: staffHeaders,
        payload: { email: 'new.client@example.com' },
      });
      expect(duplicate.statusCode).toBe(409);
      expect(duplicate.json()).toMatchObject({ code: 'email_taken' });
      const staffMade = await inject({
        method: 'POST',
        url: '/api/v1/admin/users',
        headers: staffHeaders,
        payload: { email: 's@example.com', role: 'staff' },
      });
      expect(staffMade.statusCode).toBe(403);

      const first = await mailTo('new.client@example.com', /invited/);
      const resent = await inject({
        method: 'POST',
        url: `/api/v1/admin/users/${user.id}/resend-invite`,
        headers: superHeaders,
      });
      expect(resent.statusCode).toBe(200);
      const second = await mailTo('new.client@example.com', /invited/, 2);
      expect(tokenFrom(second)).not.toBe(tokenFrom(first));
      const stale = await inject({ method: 'GET', url: `/api/v1/auth/invites/${tokenFrom(first)}` });
      expect(stale.json()).toMatchObject({ code: 'token_invalid' });

      const accepted = await inject({
        method: 'POST',
        url: '/api/v1/auth/invites/accept',
        payload: { token: tokenFrom(second), password: PASSWORD, firstName: 'Nia', lastName: 'New' },
      });
      expect(accepted.statusCode).toBe(201);
      expect(accepted.json()).toMatchObject({
        user: { id: user.id, hasPassword: true, emailVerified: true },
      });
      const again = await inject({
        method: 'POST',
        url: `/api/v1/admin/users/${user.id}/resend-invite`,
        headers: superHeaders,
      });
      expect(again.statusCode).toBe(409);
    });

    it('should let only superusers change roles and record the change in the audit log', async () => {
      const target = await createUser(t.app);
      const byStaff = await inject({
        method: 'PATCH',
        url: `/api/v1/admin/users/${target.id}`,
        headers: staffHeaders,
        payload: { role: 'staff' },
      });
      expect(byStaff.statusCode).toBe(403);
      expect(byStaff.json()).toMatchObject({ code: 'role_change_forbidden' });
      const selfChange = await inject({
        method: 'PATCH',
        url: `/api/v1/admin/users/${superuser.id}`,
        headers: superHeaders,
        payload: { role: 'user' },
      });
      expect(selfChange.statusCode).toBe(409);

      const promoted = await inject({
        method: 'PATCH',
        url: `/api/v1/admin/users/${target.id}`,
        headers: superHeaders,
        payload: { role: 'staff' },
      });
      expect(promoted.statusCode).toBe(200);
      expect(promoted.json()).toMatchObject({ role: 'staff' });
      // Now staff, the account is out of reach for other staff.
      const edit = await inject({
        method: 'PATCH',
        url: `/api/v1/admin/users/${target.id}`,
        headers: staffHeaders,
        payload: { firstName: 'X' },
      });
      expect(edit.statusCode).toBe(403);

      const audit = await inject({
        method: 'GET',
        url: `/api/v1/admin/audit-log?filter=${q({ action: 'user.role_changed', targetId: target.id })}`,
        headers: staffHeaders,
      });
      expect(audit.json()).toEqual([
        expect.objectContaining({ actorId: superuser.id, details: { from: 'user', to: 'staff' } }),
      ]);
    });

    it('should verify, unverify and delete client accounts when staff ask', async () => {
      const target = await createUser(t.app, { verified: false });
      const verified = await inject({
        method: 'POST',
        url: `/api/v1/admin/users/${target.id}/verify-email`,
        headers: staffHeaders,
      });
      expect(verified.json()).toMatchObject({ emailVerified: true });
      const unverified = await inject({
        method: 'POST',
        url: `/api/v1/admin/users/${target.id}/unverify-email`,
        headers: staffHeaders,
      });
      expect(unverified.json()).toMatchObject({ emailVerified: false });
      const login = await inject({
        method: 'POST',
        url: '/api/v1/auth/token',
        payload: { email: target.email, password: target.password },
      });
      expect(login.json()).toMatchObject({ code: 'email_not_verified' });

      const deleted = await inject({
        method: 'DELETE',
        url: `/api/v1/admin/users/${target.id}`,
        headers: staffHeaders,
      });
      expect(deleted.statusCode).toBe(200);
      expect(deleted.json()).toMatchObject({ id: target.id });
      expect(
        (await inject({ method: 'GET', url: `/api/v1/admin/users/${target.id}`, headers: staffHeaders }))
          .statusCode,
      ).toBe(404);
    });
  });

  describe('invites', () => {
    it('should create, list by status, refuse duplicates and revoke invites when a superuser manages them', async () => {
      const created = await inject({
        method: 'POST',
        url: '/api/v1/admin/invites',
        headers: superHeaders,
        payload: { email: 'coach.staff@example.com', role: 'staff' },
      });
      expect(created.statusCode).toBe(201);
      const invite = created.json<{ id: string; role: string }>();
      expect(invite.role).toBe('staff');
      // Mail really goes out here, so the link reaches only the invitee's inbox.
      expect(invite).not.toHaveProperty('link');
      const duplicate = await inject({
        method: 'POST',
        url: '/api/v1/admin/invites',
        headers: superHeaders,
        payload: { email: 'coach.staff@example.com' },
      });
      expect(duplicate.json()).toMatchObject({ statusCode: 409, code: 'invite_pending' });
      const member = await inject({
        method: 'POST',
        url: '/api/v1/admin/invites',
        headers: superHeaders,
        payload: { email: superuser.email },
      });
      expect(member.json()).toMatchObject({ statusCode: 409, code: 'email_taken' });
      const malformed = await inject({
        method: 'POST',
        url: '/api/v1/admin/invites',
        headers: superHeaders,
        payload: { email: 'not an email' },
      });
      expect(malformed.json()).toMatchObject({
        statusCode: 400,
        code: 'validation_failed',
        details: [{ field: 'email' }],
      });

      const pending = await inject({
        method: 'GET',
        url: `/api/v1/admin/invites?filter=${q({ status: 'pending' })}`,
        headers: superHeaders,
      });
      expect(pending.json<{ id: string }[]>().map((i) => i.id)).toContain(invite.id);
      expect(pending.headers['content-range']).toMatch(/^invites /);

      const link = tokenFrom(await mailTo('coach.staff@example.com', /invited/));
      const revoked = await inject({
        method: 'DELETE',
        url: `/api/v1/admin/invites/${invite.id}`,
        headers: superHeaders,
      });
      expect(revoked.statusCode).toBe(200);
      const dead = await inject({ method: 'GET', url: `/api/v1/auth/invites/${link}` });
      expect(dead.json()).toMatchObject({ code: 'token_invalid' });
    });
  });

  describe('email outbox', () => {
    it('should retry a failed send with backoff and mask one-time links in the stored copy when SES hiccups', async () => {
      ses.failNext(1);
      await inject({
        method: 'POST',
        url: '/api/v1/admin/invites',
        headers: superHeaders,
        payload: { email: 'flaky.inbox@example.com' },
      });
      const delivered = await mailTo('flaky.inbox@example.com', /invited/);
      expect(delivered.from).toContain('Dev Coach');

      type OutboxRow = { id: string; status: string; attempts: number; providerMessageId: string };
      const listed = async (): Promise<OutboxRow | undefined> =>
        (
          await inject({
            method: 'GET',
            url: `/api/v1/admin/emails?filter=${q({ q: 'flaky.inbox' })}`,
            headers: staffHeaders,
          })
        ).json<OutboxRow[]>()[0];
      // SES holds the message a moment before the send job marks the outbox row sent.
      await expect
        .poll(listed, { timeout: 20_000 })
        .toMatchObject({ status: 'sent', attempts: 2, providerMessageId: delivered.messageId });
      const row = (await listed())!;
      const detail = (
        await inject({ method: 'GET', url: `/api/v1/admin/emails/${row.id}`, headers: staffHeaders })
      ).json<{
        html: string;
        text: string;
      }>();
      expect(detail.text).toContain('#private-link-not-stored');
      expect(detail.text).not.toContain(tokenFrom(delivered));
      expect(detail.html).toContain('Accept the invitation');

      const notFailed = await inject({
        method: 'POST',
        url: `/api/v1/admin/emails/${row.id}/retry`,
        headers: staffHeaders,
      });
      expect(notFailed.statusCode).toBe(409);
      expect(notFailed.json()).toMatchObject({ code: 'email_not_retryable' });
    });
  });

  describe('audit log', () => {
    it('should record successful and failed logins with the address used when people sign in', async () => {
      const user = await createUser(t.app);
      await inject({
        method: 'POST',
        url: '/api/v1/auth/token',
        payload: { email: user.email, password: 'Not-The-Password-1' },
      });
      await inject({
        method: 'POST',
        url: '/api/v1/auth/token',
        payload: { email: user.email, password: user.password },
      });
      const events = (
        await inject({
          method: 'GET',
          url: `/api/v1/admin/audit-log?filter=${q({ q: user.email })}`,
          headers: staffHeaders,
        })
      ).json<{ action: string; actorId: string; details: Record<string, unknown> }[]>();
      expect(events.map((event) => event.action)).toEqual(['login.succeeded', 'login.failed']);
      expect(events[1]).toMatchObject({ actorId: user.id, details: { reason: 'password' } });
      expect(JSON.stringify(events)).not.toContain('Not-The-Password-1');
    });
  });
});
