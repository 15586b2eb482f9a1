import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Auth, type AuthPrincipal, CurrentPrincipal } from 'src/common/auth/auth.decorator';
import { ChangePasswordDto } from 'src/auth/dto/account.dto';
import { SessionResponseDto } from 'src/auth/dto/session-response.dto';
import { ClientMeta, type ClientMetadata } from 'src/common/auth/request-metadata';
import { AccountService } from 'src/auth/services/account.service';
import { SessionsService } from 'src/auth/services/sessions.service';
import { ErrorResponseDto } from 'src/common/dto/error-response.dto';
import { UuidParamDto } from 'src/common/dto/uuid-param.dto';

@ApiTags('me')
@Auth()
@Controller('me')
export class MeSecurityController {
  constructor(
    private readonly accounts: AccountService,
    private readonly sessions: SessionsService,
  ) {}

  /** Change your password; your other sessions end and a notice email goes out. */
  @Post('password')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Password changed.' })
  @ApiBadRequestResponse({
    type: ErrorResponseDto,
    description: '`password_incorrect` or `password_too_weak`.',
  })
  changePassword(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Body() dto: ChangePasswordDto,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<void> {
    return this.accounts.changePassword(principal, dto, meta);
  }

  /** Your active sessions (devices and integrations signed in). */
  @Get('sessions')
  @ApiOkResponse({ type: [SessionResponseDto] })
  listMySessions(@CurrentPrincipal() principal: AuthPrincipal): Promise<SessionResponseDto[]> {
    return this.sessions.listForUser(principal.userId, principal.sessionId);
  }

  /** End one of your sessions. */
  @Delete('sessions/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Session ended.' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'No such session of yours.' })
  revokeMySession(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Param() params: UuidParamDto,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<void> {
    return this.sessions.revokeOwn(principal.userId, params.id, meta);
  }
}
