import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AdminCoachingErrorCode,
  AdminCoachingException,
  found,
} from 'src/admin-coaching/admin-coaching.exception';
import type { AdminTurnDto } from 'src/admin-coaching/dto/admin-turn.dto';
import { iso, staffListPage, staffListRequest } from 'src/admin-coaching/staff-list';
import { AuditAction } from 'src/audit/audit.constants';
import { AuditService } from 'src/audit/audit.service';
import { TURN_STATUSES, type TurnEntity } from 'src/coaching/entities/turn.entity';
import { TurnRepository } from 'src/coaching/repositories/turn.repository';
import { CoachingStaffQueries } from 'src/coaching/staff/coaching-staff.queries';
import { LostTurnsNotifier } from 'src/coaching/turns/lost-turns.notifier';
import type { AdminListPage } from 'src/common/admin-list/admin-list';
import type { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import {
  filterBoolean,
  filterEnumList,
  filterUuid,
  filterUuidList,
} from 'src/common/admin-list/filter-values';
import type { AuthPrincipal } from 'src/common/auth/auth.decorator';
import type { ClientMetadata } from 'src/common/auth/request-metadata';

/** The error code a turn failed by staff ends with. */
export const FAILED_BY_STAFF = 'failed_by_staff';

const isStuck = (turn: TurnEntity, now: Date): boolean =>
  (turn.status === 'queued' || turn.status === 'streaming') &&
  turn.leaseExpiresAt !== null &&
  turn.leaseExpiresAt < now;

const toTurnDto = (turn: TurnEntity, now = new Date()): AdminTurnDto => ({
  id: turn.id,
  userId: turn.userId,
  status: turn.status,
  stuck: isStuck(turn, now),
  message: turn.input.message,
  buttonId: turn.input.button?.buttonId ?? null,
  model: turn.model,
  promptVersionIds: turn.promptVersionIds,
  inputTokens: turn.inputTokens,
  outputTokens: turn.outputTokens,
  cachedTokens: turn.cachedTokens,
  reasoningTokens: turn.reasoningTokens,
  latencyMs: turn.latencyMs,
  ttftMs: turn.ttftMs,
  errorCode: turn.errorCode,
  leaseExpiresAt: iso(turn.leaseExpiresAt),
  startedAt: iso(turn.startedAt),
  finishedAt: iso(turn.finishedAt),
  createdAt: turn.createdAt.toISOString(),
});

/** Turns as staff see them, and the one repair they may make: failing a turn nobody will finish. */
@Injectable()
export class AdminTurnsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: CoachingStaffQueries,
    private readonly turns: TurnRepository,
    private readonly lostTurns: LostTurnsNotifier,
    private readonly audit: AuditService,
  ) {}

  list(query: AdminListQueryDto): Promise<AdminListPage<AdminTurnDto>> {
    const { request, filter } = staffListRequest(query, {
      sortable: ['createdAt', 'status'] as const,
      defaultSort: ['createdAt', 'DESC'],
    });
    const now = new Date();
    const result = this.queries.listTurns(
      {
        ids: filterUuidList(filter, 'id'),
        userId: filterUuid(filter, 'userId'),
        statuses: filterEnumList(filter, 'status', TURN_STATUSES),
        stuck: filterBoolean(filter, 'stuck'),
      },
      request,
      now,
    );
    return staffListPage(result, request.offset, (turn) => toTurnDto(turn, now));
  }

  async get(id: string): Promise<AdminTurnDto> {
    return toTurnDto(await found(this.queries.findTurn(id), 'Turn'));
  }

  /**
   * Fails a queued or streaming turn, typically one stuck past its lease, so the client can send
   * again. A runner that is in fact still working finds the turn finished and commits nothing.
   */
  async fail(id: string, actor: AuthPrincipal, meta: ClientMetadata): Promise<AdminTurnDto> {
    const turn = await found(this.queries.findTurn(id), 'Turn');
    const failed = await this.turns.markFailed(this.dataSource.manager, id, FAILED_BY_STAFF, new Date());
    if (!failed) {
      throw new AdminCoachingException(
        AdminCoachingErrorCode.TurnNotRunning,
        'This turn has already finished.',
        HttpStatus.CONFLICT,
      );
    }
    // Ends any stream still waiting on the turn.
    await this.lostTurns.notify([id], FAILED_BY_STAFF);
    await this.audit.record({
      action: AuditAction.CoachingTurnFailed,
      actorId: actor.userId,
      targetType: 'turn',
      targetId: id,
      meta,
      details: { userId: turn.userId, from: turn.status, stuck: isStuck(turn, new Date()) },
    });
    return this.get(id);
  }
}
