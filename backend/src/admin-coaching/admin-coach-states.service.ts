import { Injectable } from '@nestjs/common';
import { found } from 'src/admin-coaching/admin-coaching.exception';
import type { AdminReader } from 'src/admin-coaching/admin-read-routes';
import type {
  AdminCoachStateDto,
  AdminUpdateCoachStateDto,
} from 'src/admin-coaching/dto/admin-coach-state.dto';
import { staffListPage, staffListRequest } from 'src/admin-coaching/staff-list';
import { StaffActionsService } from 'src/admin-coaching/staff-actions.service';
import { AuditAction } from 'src/audit/audit.constants';
import { AuditService } from 'src/audit/audit.service';
import type { RawAction } from 'src/coaching/actions/action.types';
import type { CoachStateEntity } from 'src/coaching/entities/coach-state.entity';
import { CoachingStaffQueries } from 'src/coaching/staff/coaching-staff.queries';
import type { AdminListPage } from 'src/common/admin-list/admin-list';
import type { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import { filterEnumList, filterUuid, filterUuidList } from 'src/common/admin-list/filter-values';
import type { AuthPrincipal } from 'src/common/auth/auth.decorator';
import type { ClientMetadata } from 'src/common/auth/request-metadata';
import { PHASES } from 'src/curriculum/phases';

const toCoachStateDto = (state: CoachStateEntity): AdminCoachStateDto => ({
  id: state.id,
  userId: state.userId,
  currentPhase: state.currentPhase,
  identityFocus: state.identityFocus,
  skippedCategories: state.skippedCategories,
  whoYouAre: state.whoYouAre,
  whoYouWantToBe: state.whoYouWantToBe,
  askedQuestions: state.askedQuestions,
  currentIdentityId: state.currentIdentityId,
  shownVideos: state.shownVideos,
  safetyHold: state.safetyHold,
  createdAt: state.createdAt.toISOString(),
  updatedAt: state.updatedAt.toISOString(),
});

@Injectable()
export class AdminCoachStatesService implements AdminReader<AdminCoachStateDto> {
  constructor(
    private readonly queries: CoachingStaffQueries,
    private readonly staffActions: StaffActionsService,
    private readonly audit: AuditService,
  ) {}

  list(query: AdminListQueryDto): Promise<AdminListPage<AdminCoachStateDto>> {
    const { request, filter } = staffListRequest(query, {
      sortable: ['updatedAt', 'createdAt'] as const,
      defaultSort: ['updatedAt', 'DESC'],
    });
    const result = this.queries.listCoachStates(
      {
        ids: filterUuidList(filter, 'id'),
        userId: filterUuid(filter, 'userId'),
        phases: filterEnumList(filter, 'phase', PHASES),
      },
      request,
    );
    return staffListPage(result, request.offset, toCoachStateDto);
  }

  async get(id: string): Promise<AdminCoachStateDto> {
    return toCoachStateDto(await found(this.queries.findCoachState(id), 'Coach state'));
  }

  /**
   * A support move, forward one phase or back to any earlier one, and/or a new brainstorming
   * focus: the engine's `transition_phase` and `focus_category` as staff, audited with the reason.
   */
  async update(
    id: string,
    dto: AdminUpdateCoachStateDto,
    actor: AuthPrincipal,
    meta: ClientMetadata,
  ): Promise<AdminCoachStateDto> {
    const before = await found(this.queries.findCoachState(id), 'Coach state');
    const actions: RawAction[] = [];
    if (dto.identityFocus !== undefined && dto.identityFocus !== before.identityFocus) {
      actions.push({ type: 'focus_category', params: { category: dto.identityFocus } });
    }
    if (dto.currentPhase !== undefined && dto.currentPhase !== before.currentPhase) {
      actions.push({ type: 'transition_phase', params: { to: dto.currentPhase } });
    }
    await this.staffActions.apply(before.userId, actions);
    const after = await this.get(id);
    await this.audit.record({
      action: AuditAction.CoachingStateUpdated,
      actorId: actor.userId,
      targetType: 'coach_state',
      targetId: id,
      meta,
      details: {
        userId: before.userId,
        from: { phase: before.currentPhase, focus: before.identityFocus },
        to: { phase: after.currentPhase, focus: after.identityFocus },
        reason: dto.reason,
      },
    });
    return after;
  }
}
