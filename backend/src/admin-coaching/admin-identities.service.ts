import { Injectable } from '@nestjs/common';
import { found } from 'src/admin-coaching/admin-coaching.exception';
import type { AdminReader } from 'src/admin-coaching/admin-read-routes';
import type {
  AdminIdentityDto,
  AdminUpdateIdentityDto,
  StaffIdentityState,
} from 'src/admin-coaching/dto/admin-identity.dto';
import { iso, staffListPage, staffListRequest } from 'src/admin-coaching/staff-list';
import { StaffActionsService } from 'src/admin-coaching/staff-actions.service';
import { AuditAction } from 'src/audit/audit.constants';
import { AuditService } from 'src/audit/audit.service';
import type { RawAction } from 'src/coaching/actions/action.types';
import type { IdentityEntity } from 'src/coaching/entities/identity.entity';
import { CoachingStaffQueries } from 'src/coaching/staff/coaching-staff.queries';
import type { AdminListPage } from 'src/common/admin-list/admin-list';
import type { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import { filterEnumList, filterUuid, filterUuidList } from 'src/common/admin-list/filter-values';
import type { AuthPrincipal } from 'src/common/auth/auth.decorator';
import type { ClientMetadata } from 'src/common/auth/request-metadata';
import { IDENTITY_CATEGORIES } from 'src/curriculum/categories';
import { IDENTITY_STATES } from 'src/curriculum/identity-states';

/** The engine action that moves an identity to each state staff may set. */
const STATE_ACTIONS: Record<StaffIdentityState, string> = {
  refinement_complete: 'accept_refinement',
  commitment_complete: 'accept_commitment',
  i_am_complete: 'accept_i_am',
  archived: 'archive_identity',
};

const toIdentityDto = (identity: IdentityEntity): AdminIdentityDto => ({
  id: identity.id,
  userId: identity.userId,
  name: identity.name,
  category: identity.category,
  state: identity.state,
  notes: identity.notes.map((note) => ({
    text: note.text,
    createdAt: note.createdAt,
    copiedFrom: note.provenance?.identityName ?? null,
  })),
  iAmStatement: identity.iAmStatement,
  visualization: identity.visualization,
  order: identity.order,
  parentId: identity.parentId,
  archivedAt: iso(identity.archivedAt),
  createdAt: identity.createdAt.toISOString(),
  updatedAt: identity.updatedAt.toISOString(),
});

@Injectable()
export class AdminIdentitiesService implements AdminReader<AdminIdentityDto> {
  constructor(
    private readonly queries: CoachingStaffQueries,
    private readonly staffActions: StaffActionsService,
    private readonly audit: AuditService,
  ) {}

  list(query: AdminListQueryDto): Promise<AdminListPage<AdminIdentityDto>> {
    const { request, filter } = staffListRequest(query, {
      sortable: ['createdAt', 'name'] as const,
      defaultSort: ['createdAt', 'DESC'],
    });
    const result = this.queries.listIdentities(
      {
        ids: filterUuidList(filter, 'id'),
        userId: filterUuid(filter, 'userId'),
        categories: filterEnumList(filter, 'category', IDENTITY_CATEGORIES),
        states: filterEnumList(filter, 'state', IDENTITY_STATES),
      },
      request,
    );
    return staffListPage(result, request.offset, toIdentityDto);
  }

  async get(id: string): Promise<AdminIdentityDto> {
    return toIdentityDto(await found(this.queries.findIdentity(id), 'Identity'));
  }

  /** Rename and/or move on, as staff actions; audited with the fields and the reason. */
  async update(
    id: string,
    dto: AdminUpdateIdentityDto,
    actor: AuthPrincipal,
    meta: ClientMetadata,
  ): Promise<AdminIdentityDto> {
    const before = await found(this.queries.findIdentity(id), 'Identity');
    const actions: RawAction[] = [];
    if (dto.name !== undefined && dto.name.trim() !== before.name) {
      actions.push({ type: 'rename_identity', params: { id, name: dto.name } });
    }
    if (dto.state !== undefined && dto.state !== before.state) {
      actions.push({ type: STATE_ACTIONS[dto.state], params: { id } });
    }
    await this.staffActions.apply(before.userId, actions);
    const after = await this.get(id);
    await this.audit.record({
      action: AuditAction.CoachingIdentityUpdated,
      actorId: actor.userId,
      targetType: 'identity',
      targetId: id,
      meta,
      details: {
        userId: before.userId,
        from: { name: before.name, state: before.state },
        to: { name: after.name, state: after.state },
        reason: dto.reason ?? null,
      },
    });
    return after;
  }
}
