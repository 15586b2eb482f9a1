import { Injectable, Logger } from '@nestjs/common';
import type { LlmCallEntity } from 'src/usage/entities/llm-call.entity';
import { LlmCallsRepository, type NewLlmCall } from 'src/usage/llm-calls.repository';
import type { UsageReportFilter, UsageReportRow, UsageSortField, UsageTotals } from 'src/usage/usage-report';

/** Usage accounting: the one place `llm_calls` rows are written. */
@Injectable()
export class UsageService {
  private readonly logger = new Logger(UsageService.name);

  constructor(private readonly calls: LlmCallsRepository) {}

  /**
   * Never lets a bookkeeping failure fail the call it describes: the model already answered
   * (and was paid for); losing one row is logged loudly instead.
   */
  async recordCall(call: NewLlmCall): Promise<LlmCallEntity | null> {
    try {
      return await this.calls.insert({
        ...call,
        errorMessage: call.errorMessage ? call.errorMessage.slice(0, 500) : null,
      });
    } catch (error) {
      this.logger.error(
        `Could not record an LLM call (${call.purpose}, ${call.model}, ${call.status})`,
        error instanceof Error ? error.stack : String(error),
      );
      return null;
    }
  }

  recentCallsForUser(userId: string, limit = 50): Promise<LlmCallEntity[]> {
    return this.calls.findRecentByUser(userId, limit);
  }

  /** Usage per day, client, model and prompt versions, for the back office and its CSV. */
  report(
    filter: UsageReportFilter,
    page: { sortField: UsageSortField; sortOrder: 'ASC' | 'DESC'; offset: number; limit: number },
  ): Promise<[UsageReportRow[], number]> {
    return this.calls.report(filter, page);
  }

  totalsSince(since: Date): Promise<UsageTotals> {
    return this.calls.totals(since);
  }
}
