import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthPrincipal } from 'src/common/auth/auth.decorator';
import { type AdminListPage, parseAdminListQuery } from 'src/common/admin-list/admin-list';
import type { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import {
  filterDate,
  filterEnumList,
  filterString,
  filterUuid,
  filterUuidList,
} from 'src/common/admin-list/filter-values';
import type { SafetyEventDetailDto, SafetyEventSummaryDto } from 'src/safety/dto/safety-event.dto';
import { SAFETY_EVENT_STATUSES, SafetyEventEntity } from 'src/safety/entities/safety-event.entity';
import { SafetyException } from 'src/safety/safety.exception';
import { UserEntity } from 'src/users/entities/user.entity';

const SORTABLE = {
  createdAt: 'event.created_at',
  status: 'event.status',
  resolvedAt: 'event.resolved_at',
} as const;

type EventRow = SafetyEventEntity & { user?: Pick<UserEntity, 'firstName' | 'lastName' | 'email'> | null };

const toSummary = (row: EventRow): SafetyEventSummaryDto => ({
  id: row.id,
  userId: row.userId,
  userName: row.user ? `${row.user.firstName} ${row.user.lastName}`.trim() || null : null,
  userEmail: row.user?.email ?? null,
  messageId: row.messageId,
  messageText: row.messageText,
  flaggedBy: row.flaggedBy,
  classifierScore: row.classifier.score,
  status: row.status,
  resolutionNote: row.resolutionNote,
  resolvedBy: row.resolvedBy,
  resolvedAt: row.resolvedAt?.toISOString() ?? null,
  alertQueuedAt: row.alertQueuedAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const toDetail = (row: EventRow): SafetyEventDetailDto => ({
  ...toSummary(row),
  classifier: row.classifier,
  moderation: row.moderation,
  context: row.context,
});

/** The staff side of safety events: list, read, resolve (react-admin simple REST convention). */
@Injectable()
export class AdminSafetyEventsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: AdminListQueryDto): Promise<AdminListPage<SafetyEventSummaryDto>> {
    const params = parseAdminListQuery(query, {
      sortable: Object.keys(SORTABLE) as (keyof typeof SORTABLE)[],
      defaultSort: ['createdAt', 'DESC'],
    });
    const statuses = filterEnumList(params.filter, 'status', SAFETY_EVENT_STATUSES);
    const userId = filterUuid(params.filter, 'userId');
    const ids = filterUuidList(params.filter, 'id');
    const q = filterString(params.filter, 'q');
    const since = filterDate(params.filter, 'since');
    const until = filterDate(params.filter, 'until');

    const builder = this.dataSource
      .getRepository(SafetyEventEntity)
      .createQueryBuilder('event')
      .leftJoinAndMapOne('event.user', UserEntity, 'user', 'user.id = event.user_id');
    if (statuses) {
      builder.andWhere('event.status IN (:...statuses)', { statuses });
    }
    if (userId) {
      builder.andWhere('event.user_id = :userId', { userId });
    }
    if (ids) {
      builder.andWhere('event.id IN (:...ids)', {
        ids: ids.length ? ids : ['00000000-0000-0000-0000-000000000000'],
      });
    }
    if (q) {
      builder.andWhere(
        "(event.message_text ILIKE :q OR user.email ILIKE :q OR (user.first_name || ' ' || user.last_name) ILIKE :q)",
        { q: `%${q.replace(/[\\%_]/g, (char) => `\\${char}`)}%` },
      );
    }
    if (since) {
      builder.andWhere('event.created_at >= :since', { since });
    }
    if (until) {
      builder.andWhere('event.created_at < :until', { until });
    }
    const [rows, total] = await builder
      .orderBy(SORTABLE[params.sortField], params.sortOrder)
      .addOrderBy('event.id', params.sortOrder)
      .skip(params.offset)
      .take(params.limit)
      .getManyAndCount();
    return { items: (rows as EventRow[]).map(toSummary), total, offset: params.offset };
  }

  async get(id: string): Promise<SafetyEventDetailDto> {
    return toDetail(await this.find(id));
  }

  /**
   * Marks an open event resolved with the staff member's note. The client's hold is theirs to
   * lift ("I'm safe, continue"); resolving records that a person has looked after it. Who and
   * when are kept on the event itself (resolved_by, resolved_at) rather than in the audit log.
   */
  async resolve(id: string, note: string, actor: AuthPrincipal): Promise<SafetyEventDetailDto> {
    await this.find(id);
    const updated = await this.dataSource
      .createQueryBuilder()
      .update(SafetyEventEntity)
      .set({ status: 'resolved', resolutionNote: note, resolvedBy: actor.userId, resolvedAt: () => 'now()' })
      .where("id = :id AND status = 'open'", { id })
      .returning(['id'])
      .execute();
    if ((updated.raw as unknown[]).length === 0) {
      throw SafetyException.alreadyResolved();
    }
    return this.get(id);
  }

  private async find(id: string): Promise<EventRow> {
    const row = await this.dataSource
      .getRepository(SafetyEventEntity)
      .createQueryBuilder('event')
      .leftJoinAndMapOne('event.user', UserEntity, 'user', 'user.id = event.user_id')
      .where('event.id = :id', { id })
      .getOne();
    if (!row) {
      throw SafetyException.notFound();
    }
    return row;
  }
}
