import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import type { AllConfig } from 'src/config/config.types';

const DAY_MS = 86_400_000;
/** Hourly: the limit is in days, so a transcript outlives it by an hour at most. */
const SWEEP_MS = 3_600_000;
/** Rows per statement, so a first sweep over years of history never holds long locks. */
const BATCH = 1000;

/** Runs one batch after another until a batch comes back short; the rows changed in all. */
const inBatches = async (batch: () => Promise<number>): Promise<number> => {
  let total = 0;
  for (let changed = BATCH; changed === BATCH;) {
    changed = await batch();
    total += changed;
  }
  return total;
};

export interface RetentionSweepResult {
  messagesDeleted: number;
  turnsRedacted: number;
  /** Rows other modules redacted through their hooks, by the hook's name. */
  other: Record<string, number>;
}

/**
 * Text a module above the coaching core keeps about a client's conversation (the safety
 * events' flagged words), swept on the same schedule: coaching cannot import those modules.
 */
export interface TranscriptRetentionHook {
  name: string;
  /** Redacts what is older than `cutoff`, at most `batch` rows per call; returns the rows changed. */
  redactBefore(cutoff: Date, batch: number): Promise<number>;
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
  private readonly hooks: TranscriptRetentionHook[] = [];

  constructor(
    private readonly dataSource: DataSource,
    config: ConfigService<AllConfig, true>,
  ) {
    this.retentionDays = config.get('coaching.transcriptRetentionDays', { infer: true });
  }

  register(hook: TranscriptRetentionHook): void {
    this.hooks.push(hook);
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
      const other = Object.values(result.other).reduce((sum, count) => sum + count, 0);
      if (result.messagesDeleted + result.turnsRedacted + other > 0) {
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
    const result: RetentionSweepResult = { messagesDeleted: 0, turnsRedacted: 0, other: {} };
    if (days <= 0) {
      return result;
    }
    const cutoff = new Date(now.getTime() - days * DAY_MS);
    result.messagesDeleted = await inBatches(() => this.deleteMessagesBefore(cutoff));
    result.turnsRedacted = await inBatches(() => this.redactTurnsBefore(cutoff));
    for (const hook of this.hooks) {
      result.other[hook.name] = await inBatches(() => hook.redactBefore(cutoff, BATCH));
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
