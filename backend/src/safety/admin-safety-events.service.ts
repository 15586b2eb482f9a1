import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, MoreThanOrEqual } from 'typeorm';
import { AuditAction } from 'src/audit/audit.constants';
import { AuditService } from 'src/audit/audit.service';
import { ChatMessageEntity } from 'src/coaching/entities/chat-message.entity';
import type { AuthPrincipal } from 'src/common/auth/auth.decorator';
import type { ClientMetadata } from 'src/common/auth/request-metadata';
import { type AdminListPage, parseAdminListQuery } from 'src/common/admin-list/admin-list';
import type { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import {
  filterDate,
  filterEnumList,
  filterString,
  filterUuid,
  filterUuidList,
} from 'src/common/admin-list/filter-values';
import type {
  SafetyContextMessageDto,
  SafetyEventDetailDto,
  SafetyEventSummaryDto,
} from 'src/safety/dto/safety-event.dto';
import {
  SAFETY_EVENT_SOURCES,
  SAFETY_EVENT_STATUSES,
  SafetyEventEntity,
} from 'src/safety/entities/safety-event.entity';
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

/** How many messages after the flagged one staff see: the coach's answer and what came next. */
const FOLLOWING_MESSAGES = 5;

const toDetail = (
  row: SafetyEventEntity,
  user: UserContact | undefined,
  following: SafetyContextMessageDto[],
): SafetyEventDetailDto => ({
  ...toSummary(row, user),
  classifier: row.classifier,
  moderation: row.moderation,
  context: { ...row.context, followingMessages: following },
});

/** The staff side of safety events: list, read, resolve (react-admin simple REST convention). */
@Injectable()
export class AdminSafetyEventsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
  ) {}

  async list(query: AdminListQueryDto): Promise<AdminListPage<SafetyEventSummaryDto>> {
    const params = parseAdminListQuery(query, {
      sortable: Object.keys(SORTABLE) as (keyof typeof SORTABLE)[],
      defaultSort: ['createdAt', 'DESC'],
    });
    const statuses = filterEnumList(params.filter, 'status', SAFETY_EVENT_STATUSES);
    const sources = filterEnumList(params.filter, 'flaggedBy', SAFETY_EVENT_SOURCES);
    const userId = filterUuid(params.filter, 'userId');
    const ids = filterUuidList(params.filter, 'id');
    const q = filterString(params.filter, 'q');
    const since = filterDate(params.filter, 'since');
    const until = filterDate(params.filter, 'until');

    const builder = this.dataSource.getRepository(SafetyEventEntity).createQueryBuilder('event');
    if (statuses) {
      builder.andWhere('event.status IN (:...statuses)', { statuses });
    }
    if (sources) {
      builder.andWhere('event.flagged_by IN (:...sources)', { sources });
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
    builder.orderBy(SORTABLE[params.sortField], params.sortOrder);
    if (params.sortField !== 'createdAt') {
      // The queue sorts by status (open first); within a status the newest come first.
      builder.addOrderBy('event.created_at', 'DESC');
    }
    const [rows, total] = await builder
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
    const [contacts, following] = await Promise.all([this.contactsOf([row]), this.followingMessages(row)]);
    return toDetail(row, contacts.get(row.userId), following);
  }

  /**
   * Marks an open event resolved with the staff member's note. The client's hold is theirs to
   * lift ("I'm safe, continue"); resolving records that a person has looked after it. Who and
   * when are kept on the event (resolved_by, resolved_at) and in the audit log, like every staff
   * change; the note stays on the event only, since it may say private things about the client.
   */
  async resolve(
    id: string,
    note: string,
    actor: AuthPrincipal,
    meta: ClientMetadata,
  ): Promise<SafetyEventDetailDto> {
    const event = await this.find(id);
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
    await this.audit.record({
      action: AuditAction.SafetyEventResolved,
      actorId: actor.userId,
      targetType: 'safety_event',
      targetId: id,
      meta,
      details: { userId: event.userId, flaggedBy: event.flaggedBy },
    });
    return this.get(id);
  }

  /**
   * The conversation after the flagged message (the coach's supportive reply, the client's next
   * words), so staff read the event in its context. The flagged message itself is excluded: it is
   * `messageText` (matched by id, or by its text when the pipeline saved it after screening).
   * Rows written in the event's own transaction share its timestamp, hence `>=`.
   */
  private async followingMessages(event: SafetyEventEntity): Promise<SafetyContextMessageDto[]> {
    const rows = await this.dataSource.getRepository(ChatMessageEntity).find({
      where: { userId: event.userId, createdAt: MoreThanOrEqual(event.createdAt) },
      order: { createdAt: 'ASC', id: 'ASC' },
      take: FOLLOWING_MESSAGES + 1,
    });
    return rows
      .filter((row) =>
        event.messageId
          ? row.id !== event.messageId
          : !(row.role === 'user' && row.content === event.messageText),
      )
      .slice(0, FOLLOWING_MESSAGES)
      .map((row) => ({ role: row.role, content: row.content, at: row.createdAt.toISOString() }));
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
