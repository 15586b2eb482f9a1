import { generate, generateSecret } from 'otplib';
import { DataSource } from 'typeorm';
import { UserRole } from 'src/common/auth/user-role';
import { bearerHeaders, createUser, type AuthHeaders, type TestUser } from 'test/factories/user.factory';
import { api, openCard, pressBody } from 'test/utils/coach-turns';
import { startTestApp, type TestApp } from 'test/utils/test-app';

interface Trace {
  table: string;
  column: string;
  rows: number;
}

interface ExportBody {
  format: string;
  subject: { id: string; email: string };
  sections: Record<string, unknown>;
}

// The right of access and the right to erasure, end to end on the real app and database: a
// client with a real coaching history exports it, then deletes the account; staff delete
// another. After each deletion every column of every table is searched for the person's id and
// address.
describe('privacy: export and erasure', () => {
  let t: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    t = await startTestApp('privacy', { env: { USER_TURNS_PER_MINUTE: '0' } });
    dataSource = t.app.get(DataSource);
  });

  afterAll(async () => {
    await t?.close();
  });

  /** Every text-like column of every table, searched for the id or the address. */
  const tracesOf = async (user: Pick<TestUser, 'id' | 'email'>): Promise<Trace[]> => {
    const columns = await dataSource.query<{ table_name: string; column_name: string }[]>(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> 'migrations'
          AND data_type IN ('uuid', 'text', 'character varying', 'jsonb', 'ARRAY', 'character')`,
    );
    const traces: Trace[] = [];
    for (const { table_name: table, column_name: column } of columns) {
      const [{ rows }] = await dataSource.query<{ rows: number }[]>(
        `SELECT count(*)::int AS rows FROM "${table}"
          WHERE "${column}"::text ILIKE '%' || $1 || '%' OR "${column}"::text ILIKE '%' || $2 || '%'`,
        [user.id, user.email],
      );
      if (rows > 0) {
        traces.push({ table, column, rows });
      }
    }
    return traces;
  };

  /** A client with a conversation, cards pressed, a note, emails and audit entries. */
  const clientWithHistory = async (): Promise<{ user: TestUser; headers: AuthHeaders }> => {
    const user = await createUser(t.app, { firstName: 'Robin' });
    const headers = await bearerHeaders(t.app, user);
    const say = async (body: object): Promise<void> => {
      const res = await api(t.app, 'POST', '/coach/turns?wait=true', headers, body);
      expect(res.statusCode, res.body).toBeLessThan(300);
    };
    await say({ message: 'Hello, I am Robin and I want to grow as a leader.' });
    const card = await openCard(t.app, headers);
    if (card) {
      await say(pressBody(card));
    }
    await say({ message: 'I care about my family and my craft.' });
    await dataSource.query(`INSERT INTO user_notes (user_id, text) VALUES ($1, 'Leads a team of five.')`, [
      user.id,
    ]);
    // A password change writes an audit entry and a notice email to the outbox.
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/password',
      headers,
      payload: { currentPassword: user.password, newPassword: 'Quiet-Harbour-Lamp-42' },
    });
    expect(changed.statusCode, changed.body).toBe(204);
    user.password = 'Quiet-Harbour-Lamp-42';
    return { user, headers: await bearerHeaders(t.app, user) };
  };

  it('should export everything about the client as one JSON download without secrets', async () => {
    const { user, headers } = await clientWithHistory();

    const res = await api(t.app, 'GET', '/me/export', headers);

    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="dev-coach-export-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const archive = res.json<ExportBody>();
    expect(archive.subject).toEqual({ id: user.id, email: user.email });
    expect(Object.keys(archive.sections).sort()).toEqual([
      'audit_log',
      'coaching',
      'emails',
      'memory_changes',
      'memory_notes',
      'model_usage',
      'profile',
      'safety_events',
      'sign_in',
      'studio',
      'webhook_deliveries',
    ]);
    const coaching = archive.sections.coaching as Record<string, unknown[]>;
    expect(coaching.messages.length).toBeGreaterThanOrEqual(4);
    expect(coaching.turns.length).toBeGreaterThanOrEqual(2);
    expect(archive.sections.memory_notes).toEqual([
      expect.objectContaining({ text: 'Leads a team of five.' }),
    ]);
    expect((archive.sections.emails as unknown[]).length).toBeGreaterThanOrEqual(1);
    expect((archive.sections.audit_log as unknown[]).length).toBeGreaterThanOrEqual(1);
    // Hashes and key material are not information about the person.
    expect(res.body).not.toMatch(/\$argon2|passwordHash|totpSecret|tokenHash|keyHash|codeHash|sealedSecret/);
  });

  it('should refuse to delete the account without the right password and keep every row', async () => {
    const { headers } = await clientWithHistory();

    const res = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/me',
      headers,
      payload: { password: 'not-my-password' },
    });

    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'password_incorrect' });
    expect((await api(t.app, 'GET', '/me', headers)).statusCode).toBe(200);
  });

  it('should leave no trace of the id or the address in any table after the client deletes the account', async () => {
    const { user, headers } = await clientWithHistory();
    expect((await tracesOf(user)).length).toBeGreaterThan(5);

    const res = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/me',
      headers,
      payload: { password: user.password },
    });

    expect(res.statusCode, res.body).toBe(204);
    expect(await tracesOf(user)).toEqual([]);
    expect((await api(t.app, 'GET', '/me', headers)).statusCode).toBe(401);
    // One pseudonymous entry records that an account was erased.
    const [erased] = await dataSource.query<{ target_id: string }[]>(
      `SELECT target_id FROM audit_events WHERE action = 'user.erased_self' ORDER BY created_at DESC LIMIT 1`,
    );
    expect(erased.target_id).toMatch(/^erased-[0-9a-f]{16}$/);
  });

  it('should leave no trace after staff delete a client, and keep the audit entries under a pseudonym', async () => {
    const { user } = await clientWithHistory();
    const staff = await createUser(t.app, { role: UserRole.Staff });
    const staffHeaders = await bearerHeaders(t.app, staff);
    const auditRowsBefore = await dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_events WHERE actor_id = $1::uuid OR target_id = $1::text`,
      [user.id],
    );

    const res = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/admin/users/${user.id}`,
      headers: staffHeaders,
    });

    expect(res.statusCode, res.body).toBe(200);
    expect(await tracesOf(user)).toEqual([]);
    const pseudonymous = await dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_events WHERE actor_email LIKE 'erased-%' OR target_id LIKE 'erased-%'`,
    );
    expect(pseudonymous[0].n).toBeGreaterThanOrEqual(auditRowsBefore[0].n);
  });

  it('should refuse to erase the last superuser, and ask for a code when two-factor authentication is on', async () => {
    const lone = await createUser(t.app, { role: UserRole.Superuser });
    const headers = await bearerHeaders(t.app, lone);
    const superusers = await dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM users WHERE role = 'superuser'`,
    );

    const res = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/me',
      headers,
      payload: { password: lone.password },
    });

    if (superusers[0].n === 1) {
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'last_superuser' });
      expect((await api(t.app, 'GET', '/me', headers)).statusCode).toBe(200);
    } else {
      expect(res.statusCode).toBe(204);
    }

    const twoFactor = await createUser(t.app);
    const twoFactorHeaders = await bearerHeaders(t.app, twoFactor);
    const secret = generateSecret();
    await dataSource.query(`UPDATE users SET totp_enabled_at = now(), totp_secret = $2 WHERE id = $1`, [
      twoFactor.id,
      secret,
    ]);
    const erase = (otp?: string) =>
      t.app.inject({
        method: 'DELETE',
        url: '/api/v1/me',
        headers: twoFactorHeaders,
        payload: { password: twoFactor.password, ...(otp ? { otp } : {}) },
      });

    expect((await erase()).json()).toMatchObject({ statusCode: 400, code: 'otp_required' });
    expect((await erase('000000')).json()).toMatchObject({ statusCode: 400, code: 'otp_invalid' });
    expect((await erase(await generate({ secret }))).statusCode).toBe(204);
    expect(await tracesOf(twoFactor)).toEqual([]);
  });
});
