import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AdminCoachStatesService } from 'src/admin-coaching/admin-coach-states.service';
import { AdminReadRoutes } from 'src/admin-coaching/admin-read-routes';
import { AdminCoachStateDto, AdminUpdateCoachStateDto } from 'src/admin-coaching/dto/admin-coach-state.dto';
import { AdminUpdateRoute } from 'src/common/admin-list/admin-route.decorator';
import { Auth, type AuthPrincipal, CurrentPrincipal } from 'src/common/auth/auth.decorator';
import { ClientMeta, type ClientMetadata } from 'src/common/auth/request-metadata';
import { UserRole } from 'src/common/auth/user-role';
import { UuidParamDto } from 'src/common/dto/uuid-param.dto';

@ApiTags('admin: coaching')
@Auth({ role: UserRole.Staff })
@Controller('admin/coach-states')
export class AdminCoachStatesController extends AdminReadRoutes({
  resource: 'coach-states',
  plural: 'CoachStates',
  singular: 'CoachState',
  dto: AdminCoachStateDto,
  reader: AdminCoachStatesService,
  listDescription:
    'One coach state per client, last changed first. Filters: userId, phase (list), id (list). Sort: updatedAt, createdAt.',
}) {
  constructor(private readonly states: AdminCoachStatesService) {
    super(states);
  }

  /** Move a client's phase (one forward, or back to any earlier) and/or focus, with a reason. Audited. */
  @AdminUpdateRoute(AdminCoachStateDto, {
    notFound: '`not_found`.',
    conflict: '`change_rejected`: the engine refused it (e.g. `illegal_transition`, `category_skipped`).',
  })
  updateAdminCoachState(
    @Param() params: UuidParamDto,
    @Body() dto: AdminUpdateCoachStateDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<AdminCoachStateDto> {
    return this.states.update(params.id, dto, principal, meta);
  }
}
