import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import { CoachingErrorCode, TurnQuotaException } from 'src/coaching/coaching.exception';
import type { AllConfig } from 'src/config/config.types';

const MINUTE_MS = 60_000;

const startOfUtcDay = (now: Date): Date =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

/**
 * Per-client quotas, checked before a turn spends anything. Counted from the database (turns
 * and llm_calls, both indexed by user and time), so every API process sees the same numbers.
 */
@Injectable()
export class TurnQuotaService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ConfigService<AllConfig, true>,
  ) {}

  async assertAvailable(userId: string, now = new Date()): Promise<void> {
    const { turnsPerMinute, dailyTokenBudget } = this.config.get('coaching', { infer: true });
    if (turnsPerMinute > 0) {
      await this.checkTurnRate(userId, turnsPerMinute, now);
    }
    if (dailyTokenBudget > 0) {
      await this.checkDailyTokens(userId, dailyTokenBudget, now);
    }
  }

  private async checkTurnRate(userId: string, limit: number, now: Date): Promise<void> {
    const since = new Date(now.getTime() - MINUTE_MS);
    const rows = await this.dataSource.query<{ count: number; oldest: Date | null }[]>(
      `SELECT count(*)::int AS count, min(created_at) AS oldest
         FROM (SELECT created_at FROM turns WHERE user_id = $1 AND created_at > $2
               ORDER BY created_at DESC LIMIT $3) recent`,
      [userId, since, limit],
    );
    const { count = 0, oldest = null } = rows[0] ?? {};
    if (count >= limit) {
      // The window frees up when the oldest turn in it is a minute old.
      const waitMs = oldest ? new Date(oldest).getTime() + MINUTE_MS - now.getTime() : MINUTE_MS;
      throw new TurnQuotaException(
        CoachingErrorCode.TurnRateLimited,
        `You can send ${limit} messages a minute. Take a breath and try again shortly.`,
        waitMs / 1000,
      );
    }
  }

  private async checkDailyTokens(userId: string, budget: number, now: Date): Promise<void> {
    const dayStart = startOfUtcDay(now);
    const rows = await this.dataSource.query<{ used: string }[]>(
      `SELECT coalesce(sum(input_tokens + output_tokens), 0)::text AS used
         FROM llm_calls WHERE user_id = $1 AND created_at >= $2`,
      [userId, dayStart],
    );
    if (Number(rows[0]?.used ?? 0) >= budget) {
      const nextDay = dayStart.getTime() + 24 * 60 * MINUTE_MS;
      throw new TurnQuotaException(
        CoachingErrorCode.DailyTokenBudgetExceeded,
        'You have reached today’s coaching limit. It resets at midnight UTC.',
        (nextDay - now.getTime()) / 1000,
      );
    }
  }
}
