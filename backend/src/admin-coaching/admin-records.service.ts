import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { found } from 'src/admin-coaching/admin-coaching.exception';
import type { AdminReader } from 'src/admin-coaching/admin-read-routes';
import type {
  AdminActionDto,
  AdminBreakDto,
  AdminMessageDto,
  AdminNoteDto,
} from 'src/admin-coaching/dto/admin-coaching-records.dto';
import { iso, staffListPage, staffListRequest } from 'src/admin-coaching/staff-list';
import type { ActionLogEntity } from 'src/coaching/entities/action-log.entity';
import type { BreakEntity } from 'src/coaching/entities/break.entity';
import type { ChatMessageEntity } from 'src/coaching/entities/chat-message.entity';
import { CoachingStaffQueries } from 'src/coaching/staff/coaching-staff.queries';
import type { AdminListPage } from 'src/common/admin-list/admin-list';
import type { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import {
  filterBoolean,
  filterEnumList,
  filterString,
  filterUuid,
  filterUuidList,
} from 'src/common/admin-list/filter-values';
import type { UserNoteEntity } from 'src/notes/entities/user-note.entity';
import { UserNotesRepository } from 'src/notes/user-notes.repository';

const NEWEST_FIRST = {
  sortable: ['createdAt'] as const,
  defaultSort: ['createdAt', 'DESC'] as ['createdAt', 'DESC'],
};

const toMessageDto = (message: ChatMessageEntity): AdminMessageDto => ({
  id: message.id,
  userId: message.userId,
  role: message.role,
  content: message.content,
  component: message.component as unknown as Record<string, unknown> | null,
  turnId: message.turnId,
  createdAt: message.createdAt.toISOString(),
});

/** Chat messages: read-only; `q` searches the words of the text through its full-text index. */
@Injectable()
export class AdminMessagesReader implements AdminReader<AdminMessageDto> {
  constructor(private readonly queries: CoachingStaffQueries) {}

  list(query: AdminListQueryDto): Promise<AdminListPage<AdminMessageDto>> {
    const { request, filter } = staffListRequest(query, NEWEST_FIRST);
    const result = this.queries.listMessages(
      {
        ids: filterUuidList(filter, 'id'),
        userId: filterUuid(filter, 'userId'),
        turnId: filterUuid(filter, 'turnId'),
        role: filterEnumList(filter, 'role', ['user', 'coach'] as const)?.[0],
        search: filterString(filter, 'q'),
      },
      request,
    );
    return staffListPage(result, request.offset, toMessageDto);
  }

  async get(id: string): Promise<AdminMessageDto> {
    return toMessageDto(await found(this.queries.findMessage(id), 'Message'));
  }
}

const toActionDto = (action: ActionLogEntity): AdminActionDto => ({
  id: action.id,
  userId: action.userId,
  turnId: action.turnId,
  messageId: action.messageId,
  type: action.type,
  params: action.params,
  status: action.status,
  source: action.source,
  sequence: action.sequence,
  summary: action.summary,
  reasonCode: action.reasonCode,
  reason: action.reason,
  createdAt: action.createdAt.toISOString(),
});

/** The action log: read-only. */
@Injectable()
export class AdminActionsReader implements AdminReader<AdminActionDto> {
  constructor(private readonly queries: CoachingStaffQueries) {}

  list(query: AdminListQueryDto): Promise<AdminListPage<AdminActionDto>> {
    const { request, filter } = staffListRequest(query, NEWEST_FIRST);
    const type = filterString(filter, 'type', 60);
    const result = this.queries.listActions(
      {
        ids: filterUuidList(filter, 'id'),
        userId: filterUuid(filter, 'userId'),
        turnId: filterUuid(filter, 'turnId'),
        types: type === undefined ? undefined : [type],
        statuses: filterEnumList(filter, 'status', ['applied', 'rejected'] as const),
        sources: filterEnumList(filter, 'source', ['model', 'button', 'staff'] as const),
      },
      request,
    );
    return staffListPage(result, request.offset, toActionDto);
  }

  async get(id: string): Promise<AdminActionDto> {
    return toActionDto(await found(this.queries.findAction(id), 'Action'));
  }
}

const toNoteDto = (note: UserNoteEntity): AdminNoteDto => ({
  id: note.id,
  userId: note.userId,
  text: note.text,
  sourceMessageId: note.sourceMessageId,
  editedByUser: note.editedByUser,
  createdAt: note.createdAt.toISOString(),
  updatedAt: note.updatedAt.toISOString(),
});

/** The sentinel's live notes about clients: read-only here (clients edit their own). */
@Injectable()
export class AdminNotesReader implements AdminReader<AdminNoteDto> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notes: UserNotesRepository,
  ) {}

  list(query: AdminListQueryDto): Promise<AdminListPage<AdminNoteDto>> {
    const { request, filter } = staffListRequest(query, NEWEST_FIRST);
    const result = this.notes.listLivePage(
      this.dataSource.manager,
      { userId: filterUuid(filter, 'userId'), ids: filterUuidList(filter, 'id') },
      { offset: request.offset, limit: request.limit, order: request.sortOrder },
    );
    return staffListPage(result, request.offset, toNoteDto);
  }

  async get(id: string): Promise<AdminNoteDto> {
    return toNoteDto(await found(this.notes.findLive(this.dataSource.manager, id), 'Note'));
  }
}

const toBreakDto = (pause: BreakEntity): AdminBreakDto => ({
  id: pause.id,
  userId: pause.userId,
  session: pause.session,
  startedAt: pause.startedAt.toISOString(),
  endedAt: iso(pause.endedAt),
});

/** Breaks between sessions: read-only; `open` finds clients on a break now. */
@Injectable()
export class AdminBreaksReader implements AdminReader<AdminBreakDto> {
  constructor(private readonly queries: CoachingStaffQueries) {}

  list(query: AdminListQueryDto): Promise<AdminListPage<AdminBreakDto>> {
    const { request, filter } = staffListRequest(query, {
      sortable: ['startedAt'] as const,
      defaultSort: ['startedAt', 'DESC'],
    });
    const result = this.queries.listBreaks(
      {
        ids: filterUuidList(filter, 'id'),
        userId: filterUuid(filter, 'userId'),
        open: filterBoolean(filter, 'open'),
      },
      request,
    );
    return staffListPage(result, request.offset, toBreakDto);
  }

  async get(id: string): Promise<AdminBreakDto> {
    return toBreakDto(await found(this.queries.findBreak(id), 'Break'));
  }
}
