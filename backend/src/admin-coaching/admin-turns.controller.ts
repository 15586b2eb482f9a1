import { Controller, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AdminTurnsService } from 'src/admin-coaching/admin-turns.service';
import { AdminTurnDto } from 'src/admin-coaching/dto/admin-turn.dto';
import { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import {
  AdminActionRoute,
  AdminListRoute,
  AdminShowRoute,
} from 'src/common/admin-list/admin-route.decorator';
import { withContentRange } from 'src/common/admin-list/content-range';
import { Auth, type AuthPrincipal, CurrentPrincipal } from 'src/common/auth/auth.decorator';
import { ClientMeta, type ClientMetadata } from 'src/common/auth/request-metadata';
import { UserRole } from 'src/common/auth/user-role';
import { UuidParamDto } from 'src/common/dto/uuid-param.dto';
import { CONTENT_RANGE_HEADER } from 'src/admin-coaching/staff-list';

@ApiTags('admin: coaching')
@Auth({ role: UserRole.Staff })
@Controller('admin/turns')
export class AdminTurnsController {
  constructor(private readonly turns: AdminTurnsService) {}

  /** Coach turns, newest first. Filters: userId, status (list), stuck (running past its lease), id (list). */
  @AdminListRoute(AdminTurnDto, { contentRange: CONTENT_RANGE_HEADER['Content-Range'].description })
  async listTurns(
    @Query() query: AdminListQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AdminTurnDto[]> {
    return withContentRange(reply, 'turns', await this.turns.list(query));
  }

  @AdminShowRoute(AdminTurnDto, { notFound: '`not_found`.' })
  getAdminTurn(@Param() params: UuidParamDto): Promise<AdminTurnDto> {
    return this.turns.get(params.id);
  }

  /** Fail a queued or streaming turn (one stuck past its lease) so the client can go on. Audited. */
  @AdminActionRoute(':id/fail', AdminTurnDto, {
    notFound: '`not_found`.',
    conflict: '`turn_not_running`: it already finished.',
  })
  failAdminTurn(
    @Param() params: UuidParamDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<AdminTurnDto> {
    return this.turns.fail(params.id, principal, meta);
  }
}
