import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import type { AllConfig } from 'src/config/config.types';

const DAY_MS = 86_400_000;
/** Hourly: the limit is in days, so a transcript outlives it by an hour at most. */
const SWEEP_MS = 3_600_000;
/** Rows per statement, so a first sweep over years of history never holds long locks. */
const BATCH = 1000;

export interface RetentionSweepResult {
  messagesDeleted: number;
  turnsRedacted: number;
}

/**
 * TRANSCRIPT_RETENTION_DAYS: chat messages older than the limit are deleted and the typed text
 * of older turns is blanked. What the coaching produced stays: the coach state (phase,
 * session, progress), identities and their "I am" statements, notes, action logs (their link
 * to a message becomes null) and the turns' bookkeeping (status, tokens, cost).
 *
 * Each client's latest coach message is kept whatever its age: it may carry the card the
 * client has to answer to go on, and without it a returning client would face an empty chat.
 * Runs in every API and worker process (the statements are idempotent; two processes at
 * once only share the work).
 */
@Injectable()
export class TranscriptRetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TranscriptRetentionService.name);
  private readonly retentionDays: number;
  private timer: NodeJS.Timeout | null = null;
  private sweeping = false;

  constructor(
    private readonly dataSource: DataSource,
    config: ConfigService<AllConfig, true>,
  ) {
    this.retentionDays = config.get('coaching.transcriptRetentionDays', { infer: true });
  }

  onApplicationBootstrap(): void {
    if (this.retentionDays === 0) {
      return;
    }
    // Not awaited: a first sweep over a large backlog must not delay the start.
    void this.sweepSafely();
    this.timer = setInterval(() => void this.sweepSafely(), SWEEP_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }

  private async sweepSafely(): Promise<void> {
    if (this.sweeping) {
      return;
    }
    this.sweeping = true;
    try {
      const result = await this.sweep();
      if (result.messagesDeleted + result.turnsRedacted > 0) {
        this.logger.log({ ...result, retentionDays: this.retentionDays }, 'Expired chat transcripts removed');
      }
    } catch (error) {
      // The next sweep tries again; nothing is half-done (each batch is one statement).
      this.logger.warn({ err: error }, 'Transcript retention sweep failed');
    } finally {
      this.sweeping = false;
    }
  }

  /** One pass with the configured limit, or `days` when given (0: nothing to do). */
  async sweep(now: Date = new Date(), days: number = this.retentionDays): Promise<RetentionSweepResult> {
    const result: RetentionSweepResult = { messagesDeleted: 0, turnsRedacted: 0 };
    if (days <= 0) {
      return result;
    }
    const cutoff = new Date(now.getTime() - days * DAY_MS);
    for (let deleted = BATCH; deleted === BATCH;) {
      deleted = await this.deleteMessagesBefore(cutoff);
      result.messagesDeleted += deleted;
    }
    for (let redacted = BATCH; redacted === BATCH;) {
      redacted = await this.redactTurnsBefore(cutoff);
      result.turnsRedacted += redacted;
    }
    return result;
  }

  private async deleteMessagesBefore(cutoff: Date): Promise<number> {
    const [, affected] = await this.dataSource.query<[unknown, number]>(
      `DELETE FROM chat_messages
        WHERE id IN (
          SELECT m.id FROM chat_messages m
           WHERE m.created_at < $1
             AND m.id IS DISTINCT FROM (
               SELECT latest.id FROM chat_messages latest
                WHERE latest.user_id = m.user_id AND latest.role = 'coach'
                ORDER BY latest.created_at DESC, latest.id DESC
                LIMIT 1)
           LIMIT ${BATCH})`,
      [cutoff],
    );
    return affected;
  }

  // Finished turns only: a queued or streaming turn still needs its text.
  private async redactTurnsBefore(cutoff: Date): Promise<number> {
    const [, affected] = await this.dataSource.query<[unknown, number]>(
      `UPDATE turns SET input = jsonb_set(input, '{message}', 'null'::jsonb)
        WHERE id IN (
          SELECT id FROM turns
           WHERE created_at < $1
             AND status NOT IN ('queued', 'streaming')
             AND input->>'message' IS NOT NULL
           LIMIT ${BATCH})`,
      [cutoff],
    );
    return affected;
  }
}
