import type { FastifyReply } from 'fastify';
import type { AdminListPage } from 'src/common/admin-list/admin-list';

/**
 * Answers an admin list the way ra-data-simple-rest reads it: the rows as the body and the
 * total in `Content-Range: users 0-24/319` (CORS exposes the header in app.factory.ts).
 */
export const withContentRange = <T>(reply: FastifyReply, resource: string, page: AdminListPage<T>): T[] => {
  const last = page.items.length === 0 ? page.offset : page.offset + page.items.length - 1;
  void reply.header('Content-Range', `${resource} ${page.offset}-${last}/${page.total}`);
  return page.items;
};
