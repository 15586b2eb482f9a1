import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AdminIdentitiesService } from 'src/admin-coaching/admin-identities.service';
import { AdminReadRoutes } from 'src/admin-coaching/admin-read-routes';
import { AdminIdentityDto, AdminUpdateIdentityDto } from 'src/admin-coaching/dto/admin-identity.dto';
import { AdminUpdateRoute } from 'src/common/admin-list/admin-route.decorator';
import { Auth, type AuthPrincipal, CurrentPrincipal } from 'src/common/auth/auth.decorator';
import { ClientMeta, type ClientMetadata } from 'src/common/auth/request-metadata';
import { UserRole } from 'src/common/auth/user-role';
import { UuidParamDto } from 'src/common/dto/uuid-param.dto';

@ApiTags('admin: coaching')
@Auth({ role: UserRole.Staff })
@Controller('admin/identities')
export class AdminIdentitiesController extends AdminReadRoutes({
  resource: 'identities',
  plural: 'Identities',
  singular: 'Identity',
  dto: AdminIdentityDto,
  reader: AdminIdentitiesService,
  listDescription:
    'Identities of every client, newest first. Filters: userId, category (list), state (list), id (list). Sort: createdAt, name.',
}) {
  constructor(private readonly identities: AdminIdentitiesService) {
    super(identities);
  }

  /** Rename and/or move to a later state (or archive), as staff actions. Audited. */
  @AdminUpdateRoute(AdminIdentityDto, {
    notFound: '`not_found`.',
    conflict: '`change_rejected`: the engine refused it (name taken, already in that state…).',
  })
  updateAdminIdentity(
    @Param() params: UuidParamDto,
    @Body() dto: AdminUpdateIdentityDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<AdminIdentityDto> {
    return this.identities.update(params.id, dto, principal, meta);
  }
}
