import type { components } from '@dev-coach/api-client';
import type { DataSource } from 'typeorm';
import { DataSource as DataSourceToken } from 'typeorm';
import { UserRole } from 'src/common/auth/user-role';
import { bearerHeaders, createUser, type AuthHeaders, type TestUser } from 'test/factories/user.factory';
import { startTestApp, type TestApp } from 'test/utils/test-app';

type Invite = components['schemas']['CreatedInviteResponseDto'];

const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));
const PASSWORD = 'Maple-Comet-Ridge-8';

describe('back office: invites kept when revoked', () => {
  let t: TestApp;
  let db: DataSource;
  let superuser: TestUser;
  let superHeaders: AuthHeaders;
  let staffHeaders: AuthHeaders;
  let clientHeaders: AuthHeaders;

  const call = (method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object, headers = superHeaders) =>
    t.app.inject({ method, url: `/api/v1/admin/invites${url}`, headers, payload });
  const invite = async (email: string): Promise<Invite> => {
    const res = await call('POST', '', { email });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<Invite>();
  };
  const tokenOf = (created: Invite): string => created.link?.split('#token=')[1] ?? '';
  const listed = async (filter: object) =>
    (await call('GET', `?filter=${q(filter)}&range=${q([0, 49])}`)).json<Invite[]>().map((row) => row.email);

  beforeAll(async () => {
    // No EMAIL_TRANSPORT: mail stays in the outbox and the create answer carries the link.
    t = await startTestApp('adminops_invites');
    db = t.app.get(DataSourceToken);
    superuser = await createUser(t.app, { role: UserRole.Superuser });
    superHeaders = await bearerHeaders(t.app, superuser);
    staffHeaders = await bearerHeaders(t.app, await createUser(t.app, { role: UserRole.Staff }));
    clientHeaders = await bearerHeaders(t.app, await createUser(t.app));
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should keep a revoked invite listed as revoked, audited, with its link dead', async () => {
    const created = await invite('called.off@example.com');
    expect(created).toMatchObject({ status: 'pending', invitedById: superuser.id, revokedAt: null });

    const revoked = await call('DELETE', `/${created.id}`);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({
      id: created.id,
      status: 'revoked',
      revokedAt: expect.any(String),
    });
    expect((await call('GET', `/${created.id}`)).json()).toMatchObject({ status: 'revoked' });
    const audit = await db.query<{ actor_id: string }[]>(
      `SELECT actor_id FROM audit_events WHERE action = 'invite.revoked' AND target_id = $1`,
      [created.id],
    );
    expect(audit).toEqual([{ actor_id: superuser.id }]);

    const preview = await t.app.inject({ method: 'GET', url: `/api/v1/auth/invites/${tokenOf(created)}` });
    expect(preview.json()).toMatchObject({ code: 'token_invalid' });
    const accept = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/invites/accept',
      payload: { token: tokenOf(created), password: PASSWORD, firstName: 'Cal', lastName: 'Off' },
    });
    expect(accept.json()).toMatchObject({ code: 'token_invalid' });

    // Revoking again changes nothing; resending a revoked invite is refused.
    expect((await call('DELETE', `/${created.id}`)).statusCode).toBe(200);
    expect(
      await db.query(`SELECT 1 FROM audit_events WHERE action = 'invite.revoked' AND target_id = $1`, [
        created.id,
      ]),
    ).toHaveLength(1);
    const resend = await call('POST', `/${created.id}/resend`);
    expect(resend.statusCode).toBe(409);
    expect(resend.json()).toMatchObject({ code: 'invite_not_pending' });

    // The address can be invited afresh, and that new link works.
    const again = await invite('called.off@example.com');
    expect(again.id).not.toBe(created.id);
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/invites/accept',
      payload: { token: tokenOf(again), password: PASSWORD, firstName: 'Cal', lastName: 'Back' },
    });
    expect(accepted.statusCode, accepted.body).toBe(201);
    const revokeAccepted = await call('DELETE', `/${again.id}`);
    expect(revokeAccepted.statusCode).toBe(409);
    expect(revokeAccepted.json()).toMatchObject({ code: 'invite_not_pending' });
  });

  it('should filter invites by pending, accepted, revoked and expired', async () => {
    const pending = await invite('still.open@example.com');
    const old = await invite('too.late@example.com');
    await db.query(`UPDATE invites SET expires_at = now() - interval '1 day' WHERE id = $1`, [old.id]);
    const revoked = await invite('never.mind@example.com');
    await call('DELETE', `/${revoked.id}`);
    // A revoked invite counts as revoked even once its date has passed.
    await db.query(`UPDATE invites SET expires_at = now() - interval '1 day' WHERE id = $1`, [revoked.id]);

    expect(await listed({ status: 'pending' })).toEqual([pending.email]);
    expect(await listed({ status: 'expired' })).toEqual([old.email]);
    expect((await listed({ status: 'revoked' })).sort()).toEqual(['called.off@example.com', revoked.email]);
    expect(await listed({ status: 'accepted' })).toEqual(['called.off@example.com']);
    expect((await listed({ status: ['revoked', 'expired'] })).length).toBe(3);
    expect((await call('GET', `/${revoked.id}`)).json()).toMatchObject({ status: 'revoked' });
    const bad = await call('GET', `?filter=${q({ status: 'cancelled' })}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'validation_failed' });
  });

  it('should leave invites to superusers', async () => {
    expect((await call('GET', '', undefined, staffHeaders)).statusCode).toBe(403);
    expect((await call('GET', '', undefined, clientHeaders)).statusCode).toBe(403);
    const [any] = (await call('GET', '')).json<Invite[]>();
    expect((await call('DELETE', `/${any.id}`, undefined, staffHeaders)).statusCode).toBe(403);
  });
});
