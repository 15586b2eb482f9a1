import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
  Optional,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AllConfig } from 'src/config/config.types';
import { EmailOutboxRepository } from 'src/email/email-outbox.repository';
import { type EmailOutboxEntity, EmailStatus } from 'src/email/entities/email-outbox.entity';
import { SecretBox } from 'src/email/secret-box';
import {
  type EmailTemplate,
  type EmailVariables,
  isEmailTemplate,
  renderEmail,
  SECRET_LINK_TEMPLATES,
} from 'src/email/templates/email-templates';
import { EMAIL_TRANSPORT, type EmailTransport } from 'src/email/transports/email-transport';
import { QueueName } from 'src/queue/queue.constants';
import { QueueService } from 'src/queue/queue.service';

export interface QueuedEmail<T extends EmailTemplate> {
  template: T;
  to: string;
  userId?: string | null;
  variables: EmailVariables[T];
  /** The one-time action link; sealed at rest and masked in the stored copy. */
  link?: string;
}

/** What the stored (back-office) copy shows instead of a one-time link. */
export const MASKED_LINK = '#private-link-not-stored';

const SEND_ATTEMPTS = 5;
const SEND_BACKOFF_MS = 2000;
const SWEEP_INTERVAL_MS = 60_000;
const WAITING_TOO_LONG_MS = 2 * 60_000;

/**
 * Mail goes through the outbox: the row is written first, then a job delivers it. The job can
 * run twice or be retried; the row's conditional claim makes sure one row is sent at most once.
 */
@Injectable()
export class EmailService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(EmailService.name);
  private readonly box: SecretBox;
  private sweeper?: NodeJS.Timeout;

  constructor(
    private readonly outbox: EmailOutboxRepository,
    private readonly queue: QueueService,
    private readonly config: ConfigService<AllConfig, true>,
    @Optional() @Inject(EMAIL_TRANSPORT) private readonly transport?: EmailTransport,
  ) {
    this.box = new SecretBox(config.get('auth.jwtSecret', { infer: true }));
  }

  /** True when no transport is configured: mail is only logged and kept in the outbox, never sent. */
  keepsMailInOutbox(): boolean {
    return !this.transport;
  }

  /** Writes the mail to the outbox and queues its delivery; resolves to the outbox id. */
  async queueEmail<T extends EmailTemplate>(email: QueuedEmail<T>): Promise<string> {
    const stored = renderEmail(email.template, email.variables, email.link ? MASKED_LINK : '');
    const row = await this.outbox.insert({
      toAddress: email.to.trim().toLowerCase(),
      userId: email.userId ?? null,
      template: email.template,
      subject: stored.subject,
      html: stored.html,
      text: stored.text,
      variables: email.variables,
      sealedSecret: email.link ? this.box.seal(email.link) : null,
      status: EmailStatus.Pending,
    });
    await this.enqueue(row.id);
    return row.id;
  }

  /** Queue handler: one delivery attempt for one outbox row. */
  async deliver(outboxId: string, attempt: number, maxAttempts: number): Promise<void> {
    const row = await this.outbox.claim(outboxId);
    if (!row) {
      // Already delivered, being delivered, or given up on: never send a row twice.
      return;
    }
    let rendered: { subject: string; html: string; text: string; link?: string };
    try {
      rendered = this.render(row);
    } catch (error) {
      await this.outbox.markAttemptFailed(row.id, `Cannot render: ${(error as Error).message}`, true);
      this.logger.error(`Email ${row.id} (${row.template}) cannot be rendered: ${(error as Error).message}`);
      return;
    }

    if (!this.transport) {
      await this.outbox.markDelivered(row.id, EmailStatus.Logged, null);
      this.logger.log(
        `Email "${rendered.subject}" to ${row.toAddress} kept in the outbox (EMAIL_TRANSPORT=outbox)` +
          (rendered.link ? `; link: ${rendered.link}` : ''),
      );
      return;
    }
    try {
      const { messageId } = await this.transport.send({
        from: this.config.get('email.from', { infer: true }),
        to: row.toAddress,
        subject: rendered.subject,
        html: rendered.html,
        text: rendered.text,
      });
      await this.outbox.markDelivered(row.id, EmailStatus.Sent, messageId);
      this.logger.log(`Email ${row.id} (${row.template}) sent on attempt ${attempt}/${maxAttempts}`);
    } catch (error) {
      const final = attempt >= maxAttempts;
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      await this.outbox.markAttemptFailed(row.id, message, final);
      this.logger.warn(
        `Email ${row.id} attempt ${attempt}/${maxAttempts} failed${final ? ' for good' : ''}: ${message}`,
      );
      throw error;
    }
  }

  /** Back-office retry of a failed (or long-stuck) row; false when the row cannot be retried. */
  async retry(outboxId: string): Promise<boolean> {
    const stuckBefore = new Date(Date.now() - 15 * 60_000);
    if (!(await this.outbox.requeue(outboxId, stuckBefore))) {
      return false;
    }
    await this.enqueue(outboxId, `retry-${Date.now()}`);
    return true;
  }

  /** Re-queues rows whose job was lost (an in-process queue that restarted, Redis down at insert). */
  async sweep(): Promise<number> {
    const ids = await this.outbox.findWaitingSince(new Date(Date.now() - WAITING_TOO_LONG_MS), 100);
    for (const id of ids) {
      await this.enqueue(id, `sweep-${Math.floor(Date.now() / SWEEP_INTERVAL_MS)}`);
    }
    return ids.length;
  }

  onApplicationBootstrap(): void {
    if (!this.config.get('queue.runWorkers', { infer: true })) {
      return;
    }
    this.sweeper = setInterval(() => {
      this.sweep().catch((error: unknown) => this.logger.warn(`Outbox sweep failed: ${String(error)}`));
    }, SWEEP_INTERVAL_MS);
    this.sweeper.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
  }

  private async enqueue(outboxId: string, suffix?: string): Promise<void> {
    try {
      await this.queue.enqueue(
        QueueName.Email,
        'email.send',
        { outboxId },
        {
          jobId: suffix ? `email-${outboxId}-${suffix}` : `email-${outboxId}`,
          attempts: SEND_ATTEMPTS,
          backoffMs: SEND_BACKOFF_MS,
        },
      );
    } catch (error) {
      // The row is safe in the outbox; the sweeper queues it once the queue is back.
      this.logger.warn(`Email ${outboxId} stays pending: could not queue it (${String(error)})`);
    }
  }

  private render(row: EmailOutboxEntity): { subject: string; html: string; text: string; link?: string } {
    if (!isEmailTemplate(row.template)) {
      throw new Error(`unknown template ${row.template}`);
    }
    const link = row.sealedSecret ? this.box.open(row.sealedSecret) : undefined;
    if (SECRET_LINK_TEMPLATES.has(row.template) && !link) {
      throw new Error('the one-time link is no longer stored; send a new email instead');
    }
    const rendered = renderEmail(row.template, row.variables as never, link ?? '');
    return { ...rendered, link };
  }
}
