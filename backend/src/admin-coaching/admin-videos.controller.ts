import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AdminReadRoutes } from 'src/admin-coaching/admin-read-routes';
import { AdminVideosService } from 'src/admin-coaching/admin-videos.service';
import {
  AdminCreateVideoDto,
  AdminUpdateVideoDto,
  AdminVideoDto,
} from 'src/admin-coaching/dto/admin-video.dto';
import {
  AdminCreateRoute,
  AdminDeleteRoute,
  AdminUpdateRoute,
} from 'src/common/admin-list/admin-route.decorator';
import { Auth, type AuthPrincipal, CurrentPrincipal } from 'src/common/auth/auth.decorator';
import { ClientMeta, type ClientMetadata } from 'src/common/auth/request-metadata';
import { UserRole } from 'src/common/auth/user-role';
import { UuidParamDto } from 'src/common/dto/uuid-param.dto';

const CONFLICTS = '`video_key_taken`, or `video_slot_taken`: the session already has a video in that place.';

@ApiTags('admin: videos')
@Auth({ role: UserRole.Staff })
@Controller('admin/videos')
export class AdminVideosController extends AdminReadRoutes({
  resource: 'videos',
  plural: 'Videos',
  singular: 'Video',
  dto: AdminVideoDto,
  reader: AdminVideosService,
  listDescription:
    'The session-video catalogue. Filters: q (key or title), session (list), kind (list), id (list). ' +
    'Sort: key, title, session, durationSeconds, createdAt, updatedAt.',
}) {
  constructor(private readonly videos: AdminVideosService) {
    super(videos);
  }

  /** Add a video to a session's intro or outro. Audited. */
  @AdminCreateRoute(AdminVideoDto, {
    operationId: 'createAdminVideo',
    badRequest: '`validation_failed`.',
    conflict: CONFLICTS,
  })
  createAdminVideo(
    @Body() dto: AdminCreateVideoDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<AdminVideoDto> {
    return this.videos.create(dto, principal, meta);
  }

  /** Change title, address, duration, captions or place (not the key). Audited. */
  @AdminUpdateRoute(AdminVideoDto, {
    operationId: 'updateAdminVideo',
    badRequest: '`validation_failed`.',
    notFound: '`not_found`.',
    conflict: CONFLICTS,
  })
  updateAdminVideo(
    @Param() params: UuidParamDto,
    @Body() dto: AdminUpdateVideoDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<AdminVideoDto> {
    return this.videos.update(params.id, dto, principal, meta);
  }

  /** Remove a video; clients then go on without that card. Answers with the removed video. */
  @AdminDeleteRoute(AdminVideoDto, { operationId: 'deleteAdminVideo', notFound: '`not_found`.' })
  deleteAdminVideo(
    @Param() params: UuidParamDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<AdminVideoDto> {
    return this.videos.remove(params.id, principal, meta);
  }
}
