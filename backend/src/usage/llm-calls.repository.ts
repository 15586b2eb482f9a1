import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository, SelectQueryBuilder } from 'typeorm';
import { type LlmCallKind, LlmCallEntity } from 'src/usage/entities/llm-call.entity';
import type { UsageReportFilter, UsageReportRow, UsageSortField, UsageTotals } from 'src/usage/usage-report';

// Sort keys to SQL: whitelisted, so no caller's text reaches ORDER BY.
const SORT_SQL: Record<UsageSortField, string> = {
  day: '"day"',
  calls: '"calls"',
  costUsd: '"costUsd"',
  totalTokens: '"totalTokens"',
};

interface RawUsageRow {
  day: string;
  userId: string | null;
  kind: LlmCallKind;
  model: string;
  promptVersionIds: string[];
  calls: number;
  errors: number;
  inputTokens: string;
  outputTokens: string;
  cachedTokens: string;
  costUsd: number;
}

// A fixed statement: every model and moderation call writes a row, and TypeORM's save() rebuilt
// the INSERT and ran its persistence machinery for each.
const INSERT_CALL_SQL = `
  INSERT INTO llm_calls (user_id, purpose, kind, provider, model, prompt_version_ids, stream, status,
                         error_code, error_message, input_tokens, output_tokens, cached_tokens,
                         reasoning_tokens, prompt_tokens_estimate, trimmed, cost_usd, latency_ms,
                         ttft_ms, attempts)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
  RETURNING id, created_at AS "createdAt", updated_at AS "updatedAt"`;

/** `kind` defaults to `text`, so only image calls name it. */
export type NewLlmCall = Omit<LlmCallEntity, 'id' | 'createdAt' | 'updatedAt' | 'kind'> & {
  kind?: LlmCallKind;
};

@Injectable()
export class LlmCallsRepository {
  constructor(@InjectRepository(LlmCallEntity) private readonly calls: Repository<LlmCallEntity>) {}

  async insert(call: NewLlmCall): Promise<LlmCallEntity> {
    // One INSERT is atomic on its own: no BEGIN/COMMIT around it (two round trips saved on
    // every model and moderation call, the turn intake's among them).
    const kind = call.kind ?? 'text';
    const [row] = await this.calls.manager.query<{ id: string; createdAt: Date; updatedAt: Date }[]>(
      INSERT_CALL_SQL,
      [
        call.userId,
        call.purpose,
        kind,
        call.provider,
        call.model,
        call.promptVersionIds,
        call.stream,
        call.status,
        call.errorCode,
        call.errorMessage,
        call.inputTokens,
        call.outputTokens,
        call.cachedTokens,
        call.reasoningTokens,
        call.promptTokensEstimate,
        call.trimmed ? JSON.stringify(call.trimmed) : null,
        call.costUsd,
        call.latencyMs,
        call.ttftMs,
        call.attempts,
      ],
    );
    return Object.assign(new LlmCallEntity(), { ...call, kind, ...row });
  }

  /** Newest first; for staff views and tests. */
  findRecentByUser(userId: string, limit: number): Promise<LlmCallEntity[]> {
    return this.calls.find({ where: { userId }, order: { createdAt: 'DESC' }, take: limit });
  }

  /**
   * Calls grouped by UTC day, client, kind, model and prompt versions: one page, plus the number
   * of groups. The created_at range uses ix_llm_calls_created_at (or the user's index).
   */
  async report(
    filter: UsageReportFilter,
    page: { sortField: UsageSortField; sortOrder: 'ASC' | 'DESC'; offset: number; limit: number },
  ): Promise<[UsageReportRow[], number]> {
    const grouped = this.grouped(filter);
    const rows = await grouped
      .clone()
      .orderBy(SORT_SQL[page.sortField], page.sortOrder)
      // Tie-breakers; an addOrderBy on the sort column itself would replace its direction.
      .addOrderBy('"userId"', 'ASC')
      .addOrderBy('"kind"', 'ASC')
      .addOrderBy('"model"', 'ASC')
      .addOrderBy('"promptVersionIds"', 'ASC')
      .offset(page.offset)
      .limit(page.limit)
      .getRawMany<RawUsageRow>();
    const counted = await this.calls.manager
      .createQueryBuilder()
      .select('count(*)::int', 'total')
      .from(`(${grouped.getQuery()})`, 'groups')
      .setParameters(grouped.getParameters())
      .getRawOne<{ total: number }>();
    return [rows.map(toUsageRow), counted?.total ?? 0];
  }

  async totals(since: Date): Promise<UsageTotals> {
    const row = await this.calls
      .createQueryBuilder('call')
      .select('count(*)::int', 'calls')
      .addSelect('coalesce(sum(call.input_tokens + call.output_tokens), 0)::bigint', 'totalTokens')
      .addSelect('coalesce(sum(call.cost_usd), 0)::float8', 'costUsd')
      .where('call.created_at >= :since', { since })
      .getRawOne<{ calls: number; totalTokens: string; costUsd: number }>();
    return { calls: row?.calls ?? 0, totalTokens: Number(row?.totalTokens ?? 0), costUsd: row?.costUsd ?? 0 };
  }

  private grouped(filter: UsageReportFilter): SelectQueryBuilder<LlmCallEntity> {
    const query = this.calls
      .createQueryBuilder('call')
      .select(`to_char(date_trunc('day', call.created_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD')`, 'day')
      .addSelect('call.user_id', 'userId')
      .addSelect('call.kind', 'kind')
      .addSelect('call.model', 'model')
      .addSelect('call.prompt_version_ids', 'promptVersionIds')
      .addSelect('count(*)::int', 'calls')
      .addSelect(`count(*) FILTER (WHERE call.status = 'error')::int`, 'errors')
      .addSelect('sum(call.input_tokens)::bigint', 'inputTokens')
      .addSelect('sum(call.output_tokens)::bigint', 'outputTokens')
      .addSelect('sum(call.cached_tokens)::bigint', 'cachedTokens')
      .addSelect('coalesce(sum(call.cost_usd), 0)::float8', 'costUsd')
      .where('call.created_at >= :since', { since: filter.since })
      .groupBy('1, 2, 3, 4, 5');
    if (filter.until) {
      query.andWhere('call.created_at < :until', { until: filter.until });
    }
    if (filter.userId) {
      query.andWhere('call.user_id = :userId', { userId: filter.userId });
    }
    if (filter.model) {
      query.andWhere('call.model = :model', { model: filter.model });
    }
    if (filter.kinds?.length) {
      query.andWhere('call.kind IN (:...kinds)', { kinds: filter.kinds });
    }
    return query;
  }
}

const toUsageRow = (row: RawUsageRow): UsageReportRow => {
  const inputTokens = Number(row.inputTokens);
  const outputTokens = Number(row.outputTokens);
  return {
    day: row.day,
    userId: row.userId,
    kind: row.kind,
    model: row.model,
    promptVersionIds: row.promptVersionIds,
    calls: row.calls,
    errors: row.errors,
    inputTokens,
    outputTokens,
    cachedTokens: Number(row.cachedTokens),
    totalTokens: inputTokens + outputTokens,
    costUsd: row.costUsd,
  };
};
