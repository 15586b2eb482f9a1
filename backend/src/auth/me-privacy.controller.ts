import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { SessionCookies } from 'src/auth/auth-cookies';
import { DeleteAccountDto } from 'src/auth/dto/account.dto';
import { PersonalDataExportDto } from 'src/auth/dto/personal-data-export.dto';
import { AccountErasureService, type PersonalDataExport } from 'src/auth/services/account-erasure.service';
import { Auth, type AuthPrincipal, CurrentPrincipal } from 'src/common/auth/auth.decorator';
import { ClientMeta, type ClientMetadata } from 'src/common/auth/request-metadata';
import { ErrorResponseDto } from 'src/common/dto/error-response.dto';

@ApiTags('me')
@Auth()
@Controller('me')
export class MePrivacyController {
  constructor(
    private readonly erasure: AccountErasureService,
    private readonly cookies: SessionCookies,
  ) {}

  /**
   * Everything the service stores about you, as one JSON document: profile, coaching state,
   * identities, the conversation with its cards, actions, notes, turns, model usage, safety
   * events, sessions, emails and audit entries about you. Secrets (password and token hashes)
   * are left out.
   */
  @Get('export')
  @ApiProduces('application/json')
  @ApiOkResponse({ type: PersonalDataExportDto, description: 'Sent as a download (Content-Disposition).' })
  async exportMine(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PersonalDataExport> {
    const archive = await this.erasure.exportFor(principal.userId);
    const day = archive.exportedAt.slice(0, 10);
    void reply.header('content-disposition', `attachment; filename="dev-coach-export-${day}.json"`);
    return archive;
  }

  /**
   * Delete your account now, with everything about you. Asks for your password again (and a
   * code when two-factor authentication is on). Cannot be undone.
   */
  @Delete()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Erased; the session cookies are cleared.' })
  @ApiBadRequestResponse({
    type: ErrorResponseDto,
    description: '`password_incorrect`, `otp_required` or `otp_invalid`.',
  })
  @ApiConflictResponse({ type: ErrorResponseDto, description: '`last_superuser`.' })
  async deleteMine(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Body() dto: DeleteAccountDto,
    @ClientMeta() meta: ClientMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.erasure.eraseOwn(principal, dto, meta);
    this.cookies.clear(reply);
  }
}
