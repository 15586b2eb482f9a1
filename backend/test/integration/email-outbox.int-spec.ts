import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EmailService } from 'src/email/email.service';
import { EmailTemplate } from 'src/email/templates/email-templates';
import { UserRole } from 'src/common/auth/user-role';
import { bearerHeaders, createUser } from 'test/factories/user.factory';
import { type FakeSes, sesEnv, startFakeSes } from 'test/utils/fake-ses';
import { startTestApp, type TestApp } from 'test/utils/test-app';

interface OutboxRow {
  status: string;
  attempts: number;
  sealed_secret: string | null;
  last_error: string | null;
  html: string;
}

const invite = (to: string) => ({
  template: EmailTemplate.Invite,
  to,
  variables: { inviterName: 'Sue', expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
  link: `http://localhost:3000/invite#token=secret-${to}`,
});

describe('email outbox', () => {
  describe('with SES and no queue workers', () => {
    let t: TestApp;
    let ses: FakeSes;
    let email: EmailService;

    // Workers off: the test drives deliveries itself, as a queue would, in any order it likes.
    beforeAll(async () => {
      ses = await startFakeSes();
      t = await startTestApp('email_outbox', { env: { ...sesEnv(ses), QUEUE_RUN_WORKERS: 'false' } });
      email = t.app.get(EmailService);
    });

    afterAll(async () => {
      await t?.close();
      await ses?.close();
    });

    const row = async (id: string): Promise<OutboxRow> =>
      (await t.app.get(DataSource).query<OutboxRow[]>('SELECT * FROM email_outbox WHERE id = $1', [id]))[0];

    it('should send a row once when its job runs several times at the same moment', async () => {
      const id = await email.queueEmail(invite('twice@example.com'));
      expect(await row(id)).toMatchObject({ status: 'pending', attempts: 0 });
      expect((await row(id)).sealed_secret).toMatch(/^v1\./);
      const before = ses.requests;

      await Promise.all([email.deliver(id, 1, 5), email.deliver(id, 1, 5), email.deliver(id, 2, 5)]);
      await email.deliver(id, 3, 5);

      expect(ses.requests - before).toBe(1);
      expect(ses.sentTo('twice@example.com')).toHaveLength(1);
      expect(ses.sentTo('twice@example.com')[0]?.text).toContain('#token=secret-twice@example.com');
      expect(await row(id)).toMatchObject({ status: 'sent', attempts: 1, sealed_secret: null });
    });

    it('should mark the row failed on the last attempt and send it after a back-office retry', async () => {
      const id = await email.queueEmail(invite('exhausted@example.com'));
      ses.failNext(2);
      await expect(email.deliver(id, 4, 5)).rejects.toThrow(/sending rate/);
      expect(await row(id)).toMatchObject({ status: 'retrying', attempts: 1 });
      await expect(email.deliver(id, 5, 5)).rejects.toThrow(/sending rate/);
      const failed = await row(id);
      expect(failed).toMatchObject({ status: 'failed', attempts: 2 });
      expect(failed.last_error).toContain('Throttling');
      expect(failed.sealed_secret).not.toBeNull();

      // A failed row is never picked up again by a stray job.
      await email.deliver(id, 1, 5);
      expect(ses.sentTo('exhausted@example.com')).toHaveLength(0);

      const staff = await createUser(t.app, { role: UserRole.Staff });
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/admin/emails/${id}/retry`,
        headers: await bearerHeaders(t.app, staff),
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'pending' });
      await email.deliver(id, 1, 5);
      // The retry also queued a job; if that job holds the row, this call returns at once and
      // the job marks it sent a moment later.
      await expect.poll(() => row(id), { timeout: 20_000 }).toMatchObject({ status: 'sent', attempts: 3 });
      expect(ses.sentTo('exhausted@example.com')).toHaveLength(1);
    });

    it('should fail a row for good, without sending, when its sealed link cannot be opened', async () => {
      const id = await email.queueEmail(invite('tampered@example.com'));
      await t.app
        .get(DataSource)
        .query(`UPDATE email_outbox SET sealed_secret = 'v1.AAAA.BBBB.CCCC' WHERE id = $1`, [id]);
      await email.deliver(id, 1, 5);
      expect(await row(id)).toMatchObject({ status: 'failed' });
      expect(ses.sentTo('tampered@example.com')).toHaveLength(0);
    });

    it('should queue rows again when their job was lost', async () => {
      const id = await email.queueEmail(invite('lost@example.com'));
      await t.app
        .get(DataSource)
        .query(`UPDATE email_outbox SET updated_at = now() - interval '10 minutes' WHERE id = $1`, [id]);
      expect(await email.sweep()).toBeGreaterThanOrEqual(1);
    });
  });

  describe('with the outbox transport', () => {
    it('should keep the mail in the outbox and write its link to the log when no provider is configured', async () => {
      const logged: string[] = [];
      const spy = vi.spyOn(Logger.prototype, 'log').mockImplementation((message: unknown) => {
        logged.push(String(message));
      });
      const t = await startTestApp('email_outbox_log');
      try {
        const email = t.app.get(EmailService);
        const id = await email.queueEmail(invite('logged@example.com'));
        const deadline = Date.now() + 10_000;
        let status = '';
        while (status !== 'logged' && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 25));
          status = (
            await t.app.get(DataSource).query<OutboxRow[]>('SELECT * FROM email_outbox WHERE id = $1', [id])
          )[0].status;
        }
        expect(status).toBe('logged');
        expect(
          logged.some(
            (line) =>
              line.includes('logged@example.com') && line.includes('#token=secret-logged@example.com'),
          ),
        ).toBe(true);
        const [stored] = await t.app
          .get(DataSource)
          .query<OutboxRow[]>('SELECT * FROM email_outbox WHERE id = $1', [id]);
        expect(stored?.sealed_secret).toBeNull();
        expect(stored?.html).not.toContain('secret-logged');
      } finally {
        spy.mockRestore();
        await t.close();
      }
    });
  });
});
