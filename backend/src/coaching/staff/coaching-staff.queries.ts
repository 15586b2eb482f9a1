import { Injectable } from '@nestjs/common';
import { DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import {
  ActionLogEntity,
  type ActionLogStatus,
  type ActionSource,
} from 'src/coaching/entities/action-log.entity';
import { BreakEntity } from 'src/coaching/entities/break.entity';
import { type ChatRole, ChatMessageEntity } from 'src/coaching/entities/chat-message.entity';
import { CoachStateEntity } from 'src/coaching/entities/coach-state.entity';
import { IdentityEntity } from 'src/coaching/entities/identity.entity';
import { TurnEntity, type TurnStatus } from 'src/coaching/entities/turn.entity';
import type { IdentityCategory } from 'src/curriculum/categories';
import type { IdentityState } from 'src/curriculum/identity-states';
import type { Phase } from 'src/curriculum/phases';

/** One page of a staff list: the sort property was whitelisted by the caller. */
export interface StaffPageRequest<TSort extends string> {
  sortField: TSort;
  sortOrder: 'ASC' | 'DESC';
  offset: number;
  limit: number;
}

export type StaffPageResult<T> = [rows: T[], total: number];

export interface TurnStaffFilter {
  ids?: string[];
  userId?: string;
  statuses?: TurnStatus[];
  /** Running (queued or streaming) past its lease: its process is gone. */
  stuck?: boolean;
}

export interface MessageStaffFilter {
  ids?: string[];
  userId?: string;
  turnId?: string;
  role?: ChatRole;
  /** Words to find, matched with the full-text index on `content`. */
  search?: string;
}

export interface IdentityStaffFilter {
  ids?: string[];
  userId?: string;
  categories?: IdentityCategory[];
  states?: IdentityState[];
}

export interface CoachStateStaffFilter {
  ids?: string[];
  userId?: string;
  phases?: Phase[];
}

export interface ActionStaffFilter {
  ids?: string[];
  userId?: string;
  turnId?: string;
  types?: string[];
  statuses?: ActionLogStatus[];
  sources?: ActionSource[];
}

export interface BreakStaffFilter {
  ids?: string[];
  userId?: string;
  open?: boolean;
}

/** Turns created since a moment, by status, with the tokens they used. */
export interface TurnTally {
  status: TurnStatus;
  turns: number;
  inputTokens: number;
  outputTokens: number;
}

export interface DailyTurnTally {
  /** `YYYY-MM-DD`, UTC. */
  day: string;
  turns: number;
  failed: number;
  tokens: number;
}

const RUNNING: TurnStatus[] = ['queued', 'streaming'];

const page = <T extends ObjectLiteral, TSort extends string>(
  query: SelectQueryBuilder<T>,
  request: StaffPageRequest<TSort>,
): Promise<StaffPageResult<T>> =>
  query
    .orderBy(`${query.alias}.${request.sortField}`, request.sortOrder)
    .addOrderBy(`${query.alias}.id`, request.sortOrder)
    .offset(request.offset)
    .limit(request.limit)
    .getManyAndCount();

/** Adds `column IN (...)` when the list is given; an empty list matches nothing. */
const whereIn = <T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  column: string,
  values: readonly string[] | undefined,
): void => {
  if (values === undefined) {
    return;
  }
  const name = `${column.replace(/\W/g, '_')}_in`;
  query.andWhere(values.length === 0 ? 'false' : `${query.alias}.${column} IN (:...${name})`, {
    [name]: values,
  });
};

const whereEquals = <T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  column: string,
  value: string | undefined,
): void => {
  if (value !== undefined) {
    const name = `${column}_eq`;
    query.andWhere(`${query.alias}.${column} = :${name}`, { [name]: value });
  }
};

/**
 * Read-only queries behind the back office's coaching lists. Every filter here has an index
 * (see the migrations): staff lists stay fast however many clients there are. Writes go
 * through the engine and services, never through this class.
 */
@Injectable()
export class CoachingStaffQueries {
  constructor(private readonly dataSource: DataSource) {}

  listTurns(
    filter: TurnStaffFilter,
    request: StaffPageRequest<'createdAt' | 'status'>,
    now = new Date(),
  ): Promise<StaffPageResult<TurnEntity>> {
    const query = this.dataSource.getRepository(TurnEntity).createQueryBuilder('turn');
    whereIn(query, 'id', filter.ids);
    whereEquals(query, 'user_id', filter.userId);
    whereIn(query, 'status', filter.statuses);
    if (filter.stuck !== undefined) {
      const stuck = `(turn.status IN (:...running) AND turn.lease_expires_at < :now)`;
      query.andWhere(filter.stuck ? stuck : `NOT ${stuck}`, { running: RUNNING, now });
    }
    return page(query, request);
  }

  findTurn(id: string): Promise<TurnEntity | null> {
    return this.dataSource.getRepository(TurnEntity).findOne({ where: { id } });
  }

  listMessages(
    filter: MessageStaffFilter,
    request: StaffPageRequest<'createdAt'>,
  ): Promise<StaffPageResult<ChatMessageEntity>> {
    const query = this.dataSource.getRepository(ChatMessageEntity).createQueryBuilder('message');
    whereIn(query, 'id', filter.ids);
    whereEquals(query, 'user_id', filter.userId);
    whereEquals(query, 'turn_id', filter.turnId);
    whereEquals(query, 'role', filter.role);
    if (filter.search !== undefined) {
      // The same expression as ix_chat_messages_content_search, so the GIN index answers it.
      query.andWhere(`to_tsvector('simple', message.content) @@ plainto_tsquery('simple', :search)`, {
        search: filter.search,
      });
    }
    return page(query, request);
  }

  findMessage(id: string): Promise<ChatMessageEntity | null> {
    return this.dataSource.getRepository(ChatMessageEntity).findOne({ where: { id } });
  }

  listIdentities(
    filter: IdentityStaffFilter,
    request: StaffPageRequest<'createdAt' | 'name'>,
  ): Promise<StaffPageResult<IdentityEntity>> {
    const query = this.dataSource.getRepository(IdentityEntity).createQueryBuilder('identity');
    whereIn(query, 'id', filter.ids);
    whereEquals(query, 'user_id', filter.userId);
    whereIn(query, 'category', filter.categories);
    whereIn(query, 'state', filter.states);
    return page(query, request);
  }

  findIdentity(id: string): Promise<IdentityEntity | null> {
    return this.dataSource.getRepository(IdentityEntity).findOne({ where: { id } });
  }

  listCoachStates(
    filter: CoachStateStaffFilter,
    request: StaffPageRequest<'createdAt' | 'updatedAt'>,
  ): Promise<StaffPageResult<CoachStateEntity>> {
    const query = this.dataSource.getRepository(CoachStateEntity).createQueryBuilder('state');
    whereIn(query, 'id', filter.ids);
    whereEquals(query, 'user_id', filter.userId);
    whereIn(query, 'current_phase', filter.phases);
    return page(query, request);
  }

  findCoachState(id: string): Promise<CoachStateEntity | null> {
    return this.dataSource.getRepository(CoachStateEntity).findOne({ where: { id } });
  }

  listActions(
    filter: ActionStaffFilter,
    request: StaffPageRequest<'createdAt'>,
  ): Promise<StaffPageResult<ActionLogEntity>> {
    const query = this.dataSource.getRepository(ActionLogEntity).createQueryBuilder('action');
    whereIn(query, 'id', filter.ids);
    whereEquals(query, 'user_id', filter.userId);
    whereEquals(query, 'turn_id', filter.turnId);
    whereIn(query, 'type', filter.types);
    whereIn(query, 'status', filter.statuses);
    whereIn(query, 'source', filter.sources);
    return page(query, request);
  }

  findAction(id: string): Promise<ActionLogEntity | null> {
    return this.dataSource.getRepository(ActionLogEntity).findOne({ where: { id } });
  }

  listBreaks(
    filter: BreakStaffFilter,
    request: StaffPageRequest<'startedAt'>,
  ): Promise<StaffPageResult<BreakEntity>> {
    const query = this.dataSource.getRepository(BreakEntity).createQueryBuilder('break');
    whereIn(query, 'id', filter.ids);
    whereEquals(query, 'user_id', filter.userId);
    if (filter.open !== undefined) {
      query.andWhere(filter.open ? 'break.ended_at IS NULL' : 'break.ended_at IS NOT NULL');
    }
    return page(query, request);
  }

  findBreak(id: string): Promise<BreakEntity | null> {
    return this.dataSource.getRepository(BreakEntity).findOne({ where: { id } });
  }

  /** How many clients are in each phase (phases nobody is in are left out). */
  async clientsByPhase(): Promise<{ phase: Phase; clients: number }[]> {
    const rows = await this.dataSource
      .getRepository(CoachStateEntity)
      .createQueryBuilder('state')
      .select('state.current_phase', 'phase')
      .addSelect('count(*)::int', 'clients')
      .groupBy('state.current_phase')
      .getRawMany<{ phase: Phase; clients: number }>();
    return rows;
  }

  async turnTally(since: Date): Promise<TurnTally[]> {
    const rows = await this.dataSource
      .getRepository(TurnEntity)
      .createQueryBuilder('turn')
      .select('turn.status', 'status')
      .addSelect('count(*)::int', 'turns')
      .addSelect('coalesce(sum(turn.input_tokens), 0)::bigint', 'inputTokens')
      .addSelect('coalesce(sum(turn.output_tokens), 0)::bigint', 'outputTokens')
      .where('turn.created_at >= :since', { since })
      .groupBy('turn.status')
      .getRawMany<{ status: TurnStatus; turns: number; inputTokens: string; outputTokens: string }>();
    return rows.map((row) => ({
      status: row.status,
      turns: row.turns,
      inputTokens: Number(row.inputTokens),
      outputTokens: Number(row.outputTokens),
    }));
  }

  async dailyTurns(since: Date): Promise<DailyTurnTally[]> {
    const rows = await this.dataSource
      .getRepository(TurnEntity)
      .createQueryBuilder('turn')
      .select(`to_char(date_trunc('day', turn.created_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD')`, 'day')
      .addSelect('count(*)::int', 'turns')
      .addSelect(`count(*) FILTER (WHERE turn.status = 'failed')::int`, 'failed')
      .addSelect('coalesce(sum(turn.input_tokens + turn.output_tokens), 0)::bigint', 'tokens')
      .where('turn.created_at >= :since', { since })
      .groupBy('1')
      .orderBy('1', 'ASC')
      .getRawMany<{ day: string; turns: number; failed: number; tokens: string }>();
    return rows.map((row) => ({ ...row, tokens: Number(row.tokens) }));
  }
}
