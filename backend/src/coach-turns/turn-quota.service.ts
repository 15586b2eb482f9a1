import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import { CoachingErrorCode, TurnQuotaException } from 'src/coaching/coaching.exception';
import { type RecentMessage, toRecentMessage } from 'src/coaching/messages/recent-message';
import type { AllConfig } from 'src/config/config.types';

const MINUTE_MS = 60_000;

const startOfUtcDay = (now: Date): Date =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

/** The quota counts of one client at one moment, and their latest messages. */
export interface TurnQuotaReading {
  typed: boolean;
  limit: number;
  dailyTokenBudget: number;
  now: Date;
  /** Turns of this kind in the last minute (up to the limit). */
  count: number;
  oldest: Date | null;
  /** Tokens spent today (UTC). */
  used: number;
  recentMessages: RecentMessage[];
}

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
    this.check(await this.read(userId, typed, 0, now));
  }

  /**
   * The quota counts and, in the same statement, the client's last `recentMessages` messages
   * (oldest first) for the safety screen: one round trip instead of two before the intake's
   * transaction. Check the counts with `check` once the message is screened.
   */
  async read(
    userId: string,
    typed: boolean,
    recentMessages: number,
    now = new Date(),
  ): Promise<TurnQuotaReading> {
    const { turnsPerMinute, buttonPressesPerMinute, dailyTokenBudget } = this.config.get('coaching', {
      infer: true,
    });
    const limit = typed ? turnsPerMinute : buttonPressesPerMinute;
    const reading: TurnQuotaReading = {
      typed,
      limit,
      dailyTokenBudget,
      now,
      count: 0,
      oldest: null,
      used: 0,
      recentMessages: [],
    };
    if (limit <= 0 && dailyTokenBudget <= 0 && recentMessages <= 0) {
      return reading;
    }
    const since = new Date(now.getTime() - MINUTE_MS);
    // Both counts in one statement; the rate is still checked first. A turn's kind is in its
    // stored input: a typed message, or a press (with or without actions). A turn failed because
    // the queue was down (Redis died between the check and the enqueue) was never answered, so
    // it costs nothing. A disabled limit (0) reads no rows; so does a count of 0 messages.
    const rows = await this.dataSource.query<
      {
        count: number;
        oldest: Date | null;
        used: string;
        recent: { role: string; content: string; createdAt: string }[];
      }[]
    >(
      `SELECT recent.count, recent.oldest, tokens.used, messages.recent
         FROM (SELECT count(*)::int AS count, min(created_at) AS oldest
                 FROM (SELECT created_at FROM turns
                        WHERE $3::int > 0 AND user_id = $1 AND created_at > $2
                          AND (input->>'message' IS NOT NULL) = $4
                          AND error_code IS DISTINCT FROM 'queue_unavailable'
                        ORDER BY created_at DESC LIMIT greatest($3::int, 0)) in_window) recent,
              (SELECT coalesce(sum(input_tokens + output_tokens), 0)::text AS used
                 FROM llm_calls WHERE $6::bigint > 0 AND user_id = $1 AND created_at >= $5) tokens,
              (SELECT coalesce(json_agg(json_build_object('role', role, 'content', content, 'createdAt', created_at)
                                        ORDER BY created_at, id), '[]'::json) AS recent
                 FROM (SELECT role, content, created_at, id FROM chat_messages
                        WHERE $7::int > 0 AND user_id = $1
                        ORDER BY created_at DESC, id DESC LIMIT greatest($7::int, 0)) latest) messages`,
      [userId, since, limit, typed, startOfUtcDay(now), dailyTokenBudget, recentMessages],
    );
    const row = rows[0];
    return {
      ...reading,
      count: row?.count ?? 0,
      oldest: row?.oldest ?? null,
      used: Number(row?.used ?? 0),
      recentMessages: (row?.recent ?? []).map(toRecentMessage),
    };
  }

  /** Throws the quota error the reading shows, if any. */
  check({ typed, limit, dailyTokenBudget, now, count, oldest, used }: TurnQuotaReading): void {
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
    if (dailyTokenBudget > 0 && used >= dailyTokenBudget) {
      const nextDay = startOfUtcDay(now).getTime() + 24 * 60 * MINUTE_MS;
      throw new TurnQuotaException(
        CoachingErrorCode.DailyTokenBudgetExceeded,
        'You have reached today’s coaching limit. It resets at midnight UTC.',
        (nextDay - now.getTime()) / 1000,
      );
    }
  }
}
