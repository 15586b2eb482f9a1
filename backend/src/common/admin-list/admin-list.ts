import { HttpStatus } from '@nestjs/common';
import type { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import { AppException } from 'src/common/errors/app.exception';
import { CommonErrorCode } from 'src/common/errors/error-code';

export const MAX_ADMIN_PAGE_SIZE = 200;

export interface AdminListParams<TSortField extends string> {
  sortField: TSortField;
  sortOrder: 'ASC' | 'DESC';
  offset: number;
  limit: number;
  filter: Record<string, unknown>;
}

export interface AdminListOptions<TSortField extends string> {
  sortable: readonly TSortField[];
  defaultSort: [TSortField, 'ASC' | 'DESC'];
}

const invalid = (field: string, message: string): AppException =>
  new AppException(
    CommonErrorCode.ValidationFailed,
    `Invalid ${field} parameter: ${message}`,
    HttpStatus.BAD_REQUEST,
    [{ field, message }],
  );

const parseJson = (field: string, raw: string): unknown => {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw invalid(field, 'not valid JSON');
  }
};

// Sort fields are whitelisted per resource: a client-chosen column name never reaches SQL.
export const parseAdminListQuery = <TSortField extends string>(
  query: AdminListQueryDto,
  options: AdminListOptions<TSortField>,
): AdminListParams<TSortField> => {
  let [sortField, sortOrder] = options.defaultSort;
  if (query.sort) {
    const sort = parseJson('sort', query.sort);
    if (!Array.isArray(sort) || sort.length !== 2 || typeof sort[0] !== 'string') {
      throw invalid('sort', 'expected ["field","ASC"|"DESC"]');
    }
    if (!options.sortable.includes(sort[0] as TSortField)) {
      throw invalid('sort', `cannot sort by "${sort[0]}"; sortable: ${options.sortable.join(', ')}`);
    }
    const order = String(sort[1]).toUpperCase();
    if (order !== 'ASC' && order !== 'DESC') {
      throw invalid('sort', 'order must be ASC or DESC');
    }
    sortField = sort[0] as TSortField;
    sortOrder = order;
  }

  let offset = 0;
  let limit = 25;
  if (query.range) {
    const range = parseJson('range', query.range);
    if (
      !Array.isArray(range) ||
      range.length !== 2 ||
      !range.every((value) => Number.isInteger(value) && (value as number) >= 0) ||
      (range[1] as number) < (range[0] as number)
    ) {
      throw invalid('range', 'expected [first,last] with 0 <= first <= last');
    }
    offset = range[0] as number;
    limit = Math.min((range[1] as number) - offset + 1, MAX_ADMIN_PAGE_SIZE);
  }

  let filter: Record<string, unknown> = {};
  if (query.filter) {
    const parsed = parseJson('filter', query.filter);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw invalid('filter', 'expected a JSON object');
    }
    filter = parsed as Record<string, unknown>;
  }
  return { sortField, sortOrder, offset, limit, filter };
};

/**
 * One page of an admin list as a service returns it: the rows, the total over all pages and
 * where the page starts. The controller turns it into the body plus `Content-Range`.
 */
export interface AdminListPage<T> {
  items: T[];
  total: number;
  offset: number;
}
