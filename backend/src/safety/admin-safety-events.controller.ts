import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Auth, type AuthPrincipal, CurrentPrincipal } from 'src/common/auth/auth.decorator';
import { ClientMeta, type ClientMetadata } from 'src/common/auth/request-metadata';
import { AdminListQueryDto } from 'src/common/admin-list/admin-list-query.dto';
import { withContentRange } from 'src/common/admin-list/content-range';
import { UuidParamDto } from 'src/common/dto/uuid-param.dto';
import { AdminSafetyEventsService } from 'src/safety/admin-safety-events.service';
import {
  ResolveSafetyEventDto,
  SafetyEventDetailDto,
  SafetyEventSummaryDto,
} from 'src/safety/dto/safety-event.dto';
import { UserRole } from 'src/common/auth/user-role';

@ApiTags('admin: safety events')
@Auth({ role: UserRole.Staff })
@Controller('admin/safety-events')
export class AdminSafetyEventsController {
  constructor(private readonly events: AdminSafetyEventsService) {}

  /** Flagged messages, newest first. Filters: status (open/resolved), flaggedBy (classifier/moderation/both), userId, q, since, until, id. */
  @Get()
  @ApiOkResponse({
    type: [SafetyEventSummaryDto],
    headers: { 'Content-Range': { schema: { type: 'string' } } },
  })
  async listSafetyEvents(
    @Query() query: AdminListQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SafetyEventSummaryDto[]> {
    return withContentRange(reply, 'safety-events', await this.events.list(query));
  }

  /** One event with the classifier's evidence, the moderation result and the conversation context. */
  @Get(':id')
  @ApiOkResponse({ type: SafetyEventDetailDto })
  getSafetyEvent(@Param() params: UuidParamDto): Promise<SafetyEventDetailDto> {
    return this.events.get(params.id);
  }

  /** Close an open event with a note on what was done (audited as `safety_event.resolved`). */
  @Post(':id/resolve')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: SafetyEventDetailDto })
  resolveSafetyEvent(
    @Param() params: UuidParamDto,
    @Body() body: ResolveSafetyEventDto,
    @CurrentPrincipal() principal: AuthPrincipal,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<SafetyEventDetailDto> {
    return this.events.resolve(params.id, body.note, principal, meta);
  }
}
