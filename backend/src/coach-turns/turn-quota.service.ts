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

  /**
   * `typed`: the turn carries a message the client typed. Typed messages and button presses
   * (a card's Continue, Ready, Accept…) are counted apart, each against its own limit.
   */
  async assertAvailable(userId: string, typed: boolean, now = new Date()): Promise<void> {
    const { turnsPerMinute, buttonPressesPerMinute, dailyTokenBudget } = this.config.get('coaching', {
      infer: true,
    });
    const limit = typed ? turnsPerMinute : buttonPressesPerMinute;
    if (limit <= 0 && dailyTokenBudget <= 0) {
      return;
    }
    const since = new Date(now.getTime() - MINUTE_MS);
    const dayStart = startOfUtcDay(now);
    // Both counts in one statement (one round trip per turn); the rate is still checked first.
    // A turn's kind is in its stored input: a typed message, or a press (with or without
    // actions). A turn failed because the queue was down (Redis died between the check and the
    // enqueue) was never answered, so it costs nothing. A disabled limit (0) reads no rows.
    const rows = await this.dataSource.query<{ count: number; oldest: Date | null; used: string }[]>(
      `SELECT recent.count, recent.oldest, tokens.used
         FROM (SELECT count(*)::int AS count, min(created_at) AS oldest
                 FROM (SELECT created_at FROM turns
                        WHERE $3::int > 0 AND user_id = $1 AND created_at > $2
                          AND (input->>'message' IS NOT NULL) = $4
                          AND error_code IS DISTINCT FROM 'queue_unavailable'
                        ORDER BY created_at DESC LIMIT greatest($3::int, 0)) in_window) recent,
              (SELECT coalesce(sum(input_tokens + output_tokens), 0)::text AS used
                 FROM llm_calls WHERE $6::bigint > 0 AND user_id = $1 AND created_at >= $5) tokens`,
      [userId, since, limit, typed, dayStart, dailyTokenBudget],
    );
    const { count = 0, oldest = null, used = '0' } = rows[0] ?? {};
    if (limit > 0 && count >= limit) {
      // The window frees up when the oldest turn in it is a minute old.
      const waitMs = oldest ? new Date(oldest).getTime() + MINUTE_MS - now.getTime() : MINUTE_MS;
      throw new TurnQuotaException(
        CoachingErrorCode.TurnRateLimited,
        typed
          ? `You can send ${limit} messages a minute. Take a breath and try again shortly.`
          : `That was a lot of taps in a minute (the limit is ${limit}). Try again shortly.`,
        waitMs / 1000,
      );
    }
    if (dailyTokenBudget > 0 && Number(used) >= dailyTokenBudget) {
      const nextDay = dayStart.getTime() + 24 * 60 * MINUTE_MS;
      throw new TurnQuotaException(
        CoachingErrorCode.DailyTokenBudgetExceeded,
        'You have reached today’s coaching limit. It resets at midnight UTC.',
        (nextDay - now.getTime()) / 1000,
      );
    }
  }
}
