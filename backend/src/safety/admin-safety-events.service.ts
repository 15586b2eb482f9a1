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
import { type UserContact, UsersRepository } from 'src/users/users.repository';

const SORTABLE = {
  createdAt: 'event.created_at',
  status: 'event.status',
  resolvedAt: 'event.resolved_at',
} as const;

const toSummary = (row: SafetyEventEntity, user: UserContact | undefined): SafetyEventSummaryDto => ({
  id: row.id,
  userId: row.userId,
  userName: user ? `${user.firstName} ${user.lastName}`.trim() || null : null,
  userEmail: user?.email ?? null,
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

const toDetail = (row: SafetyEventEntity, user: UserContact | undefined): SafetyEventDetailDto => ({
  ...toSummary(row, user),
  classifier: row.classifier,
  moderation: row.moderation,
  context: row.context,
});

/** The staff side of safety events: list, read, resolve (react-admin simple REST convention). */
@Injectable()
export class AdminSafetyEventsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
  ) {}

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

    const builder = this.dataSource.getRepository(SafetyEventEntity).createQueryBuilder('event');
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
      // The text matches the message or the client's address or name (the users module finds those).
      builder.andWhere('(event.message_text ILIKE :q OR event.user_id = ANY(:matchingUsers))', {
        q: `%${q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`,
        matchingUsers: await this.users.findIdsByNameOrEmail(q),
      });
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
    const contacts = await this.contactsOf(rows);
    return {
      items: rows.map((row) => toSummary(row, contacts.get(row.userId))),
      total,
      offset: params.offset,
    };
  }

  async get(id: string): Promise<SafetyEventDetailDto> {
    const row = await this.find(id);
    return toDetail(row, (await this.contactsOf([row])).get(row.userId));
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

  private async find(id: string): Promise<SafetyEventEntity> {
    const row = await this.dataSource.getRepository(SafetyEventEntity).findOneBy({ id });
    if (!row) {
      throw SafetyException.notFound();
    }
    return row;
  }

  private async contactsOf(rows: SafetyEventEntity[]): Promise<Map<string, UserContact>> {
    const contacts = await this.users.findContacts(rows.map((row) => row.userId));
    return new Map(contacts.map((contact) => [contact.id, contact]));
  }
}
