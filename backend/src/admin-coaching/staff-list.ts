import {
  type AdminListOptions,
  type AdminListPage,
  parseAdminListQuery,
} from 'src/common/admin-list/admin-list';
import type { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import type { StaffPageRequest, StaffPageResult } from 'src/coaching/staff/coaching-staff.queries';

/** The react-admin query, checked, as a page request plus the filter object to read. */
export const staffListRequest = <TSort extends string>(
  query: AdminListQueryDto,
  options: AdminListOptions<TSort>,
): { request: StaffPageRequest<TSort>; filter: Record<string, unknown> } => {
  const { filter, ...request } = parseAdminListQuery(query, options);
  return { request, filter };
};

/** Rows and total as the admin list page the controller answers with `Content-Range`. */
export const staffListPage = async <TRow, TDto>(
  result: Promise<StaffPageResult<TRow>>,
  offset: number,
  toDto: (row: TRow) => TDto,
): Promise<AdminListPage<TDto>> => {
  const [rows, total] = await result;
  return { items: rows.map(toDto), total, offset };
};

export const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

/** OpenAPI description of the header every staff list answers with. */
export const CONTENT_RANGE_HEADER = {
  'Content-Range': { schema: { type: 'string' }, description: 'e.g. `turns 0-24/319`' },
};
