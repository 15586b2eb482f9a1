import { Injectable } from '@nestjs/common';
import type { AdminUsageRowDto } from 'src/admin-coaching/dto/admin-usage.dto';
import { staffListRequest } from 'src/admin-coaching/staff-list';
import { type AdminListPage, MAX_ADMIN_PAGE_SIZE } from 'src/common/admin-list/admin-list';
import type { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import { filterDate, filterEnumList, filterString, filterUuid } from 'src/common/admin-list/filter-values';
import {
  LLM_CALL_KINDS,
  USAGE_SORT_FIELDS,
  type UsageReportFilter,
  type UsageReportRow,
} from 'src/usage/usage-report';
import { UsageService } from 'src/usage/usage.service';

/** Without `since`, a report covers the last 30 days. */
const DEFAULT_DAYS = 30;
/** The CSV export's ceiling: a year of a busy programme still fits. */
export const USAGE_EXPORT_MAX_ROWS = 20_000;

const CSV_COLUMNS: (keyof AdminUsageRowDto)[] = [
  'day',
  'userId',
  'model',
  'promptVersionIds',
  'calls',
  'errors',
  'inputTokens',
  'outputTokens',
  'cachedTokens',
  'totalTokens',
  'costUsd',
  // Last, so a spreadsheet built on the earlier columns keeps working.
  'kind',
];

const toUsageDto = (row: UsageReportRow): AdminUsageRowDto => ({
  id: [row.day, row.userId ?? 'deleted', row.kind, row.model, row.promptVersionIds.join('+')].join('|'),
  ...row,
});

const csvCell = (value: AdminUsageRowDto[keyof AdminUsageRowDto]): string => {
  const text = Array.isArray(value) ? value.join(' ') : value === null ? '' : String(value);
  // Quote everything that could split a cell, and defuse spreadsheet formulas.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

@Injectable()
export class AdminUsageService {
  constructor(private readonly usage: UsageService) {}

  async list(query: AdminListQueryDto): Promise<AdminListPage<AdminUsageRowDto>> {
    const { request, filter } = this.parse(query);
    const [rows, total] = await this.usage.report(filter, request);
    return { items: rows.map(toUsageDto), total, offset: request.offset };
  }

  /** Every row the filter matches (up to the ceiling), as CSV with a header line. */
  async csv(query: AdminListQueryDto): Promise<string> {
    const { request, filter } = this.parse(query);
    const [rows] = await this.usage.report(filter, { ...request, offset: 0, limit: USAGE_EXPORT_MAX_ROWS });
    const lines = rows
      .map(toUsageDto)
      .map((row) => CSV_COLUMNS.map((column) => csvCell(row[column])).join(','));
    return [CSV_COLUMNS.join(','), ...lines].join('\r\n') + '\r\n';
  }

  private parse(query: AdminListQueryDto) {
    const { request, filter } = staffListRequest(query, {
      sortable: USAGE_SORT_FIELDS,
      defaultSort: ['day', 'DESC'],
    });
    const reportFilter: UsageReportFilter = {
      since: filterDate(filter, 'since') ?? new Date(Date.now() - DEFAULT_DAYS * 24 * 60 * 60 * 1000),
      until: filterDate(filter, 'until'),
      userId: filterUuid(filter, 'userId'),
      model: filterString(filter, 'model', 120),
      kinds: filterEnumList(filter, 'kind', LLM_CALL_KINDS),
    };
    return {
      request: { ...request, limit: Math.min(request.limit, MAX_ADMIN_PAGE_SIZE) },
      filter: reportFilter,
    };
  }
}
