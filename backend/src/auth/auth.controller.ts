import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SessionCookies } from 'src/auth/auth-cookies';
import { AuthErrorCode, AuthException } from 'src/auth/auth.exception';
import { Auth, type AuthPrincipal, CurrentPrincipal, Public } from 'src/common/auth/auth.decorator';
import {
  AcceptedResponseDto,
  AcceptInviteDto,
  EmailDto,
  InvitePreviewDto,
  RegisterDto,
  ResetPasswordDto,
  TokenDto,
} from 'src/auth/dto/account.dto';
import {
  LoginDto,
  LoginResponseDto,
  LogoutDto,
  RefreshDto,
  RefreshResponseDto,
  TokenResponseDto,
} from 'src/auth/dto/login.dto';
import { ClientMeta, type ClientMetadata } from 'src/common/auth/request-metadata';
import { AccountService } from 'src/auth/services/account.service';
import { AuthService } from 'src/auth/services/auth.service';
import { InvitesService } from 'src/auth/services/invites.service';
import { ErrorResponseDto } from 'src/common/dto/error-response.dto';
import { AppThrottlerGuard } from 'src/common/throttling/app-throttler.guard';

@ApiTags('auth')
@UseGuards(AppThrottlerGuard)
@ApiTooManyRequestsResponse({ type: ErrorResponseDto, description: 'Rate limited; see Retry-After.' })
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: AccountService,
    private readonly invites: InvitesService,
    private readonly cookies: SessionCookies,
  ) {}

  /** Open signup (SIGNUP_MODE=open): sends a verification email. Same answer for known addresses. */
  @Public()
  @Post('register')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ type: AcceptedResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto, description: '`signup_closed` in invite mode.' })
  register(@Body() dto: RegisterDto, @ClientMeta() meta: ClientMetadata): Promise<AcceptedResponseDto> {
    return this.accounts.register(dto, meta);
  }

  /** Who an invite link is for, before the person sets a password. */
  @Public()
  @Get('invites/:token')
  @ApiParam({ name: 'token', example: 'Zm9vYmFyYmF6…' })
  @ApiOkResponse({ type: InvitePreviewDto })
  @ApiBadRequestResponse({
    type: ErrorResponseDto,
    description: '`token_invalid`, `token_expired` or `token_used`.',
  })
  previewInvite(@Param('token') token: string): Promise<InvitePreviewDto> {
    return this.invites.preview(token);
  }

  /** Accept an invite: creates a verified account and signs in (cookies). */
  @Public()
  @Post('invites/accept')
  @ApiCreatedResponse({ type: LoginResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: '`password_too_weak` or a token code.' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: '`email_taken`.' })
  async acceptInvite(
    @Body() dto: AcceptInviteDto,
    @ClientMeta() meta: ClientMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponseDto> {
    const { user, session } = await this.invites.accept(dto, meta);
    this.cookies.set(reply, session);
    return { user };
  }

  /** Confirm an email address with the token from the verification email. */
  @Public()
  @Post('verify-email')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: AcceptedResponseDto })
  @ApiBadRequestResponse({
    type: ErrorResponseDto,
    description: '`token_invalid`, `token_expired` or `token_used`.',
  })
  verifyEmail(@Body() dto: TokenDto, @ClientMeta() meta: ClientMetadata): Promise<AcceptedResponseDto> {
    return this.accounts.verifyEmail(dto, meta);
  }

  /** Send the verification email again. Always 202. */
  @Public()
  @Post('resend-verification')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ type: AcceptedResponseDto })
  resendVerification(@Body() dto: EmailDto): Promise<AcceptedResponseDto> {
    return this.accounts.resendVerification(dto);
  }

  /** Browser sign-in: sets httpOnly dc_access/dc_refresh cookies and the dc_csrf cookie. */
  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({
    type: ErrorResponseDto,
    description: '`invalid_credentials` (same for unknown emails), `otp_required`, `otp_invalid`.',
  })
  @ApiForbiddenResponse({
    type: ErrorResponseDto,
    description: '`email_not_verified` or `account_disabled`.',
  })
  async login(
    @Body() dto: LoginDto,
    @ClientMeta() meta: ClientMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponseDto> {
    const { user, session } = await this.auth.login(dto, meta);
    this.cookies.set(reply, session);
    return { user };
  }

  /** Integrator sign-in: the same credentials, tokens in the body. */
  @Public()
  @Post('token')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: TokenResponseDto })
  @ApiUnauthorizedResponse({
    type: ErrorResponseDto,
    description: '`invalid_credentials`, `otp_required`, `otp_invalid`.',
  })
  @ApiForbiddenResponse({
    type: ErrorResponseDto,
    description: '`email_not_verified` or `account_disabled`.',
  })
  issueToken(@Body() dto: LoginDto, @ClientMeta() meta: ClientMetadata): Promise<TokenResponseDto> {
    return this.auth.token(dto, meta);
  }

  /**
   * Rotate the refresh token: from the body (tokens come back in the body) or from the
   * dc_refresh cookie (new cookies; needs X-CSRF-Token). A reused token ends the session.
   */
  @Public()
  @Post('refresh')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: RefreshResponseDto })
  @ApiUnauthorizedResponse({
    type: ErrorResponseDto,
    description: '`token_invalid`, `token_expired`, `token_used`.',
  })
  @ApiForbiddenResponse({ type: ErrorResponseDto, description: '`csrf_invalid`.' })
  async refresh(
    @Body() dto: RefreshDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<RefreshResponseDto> {
    if (dto.refreshToken) {
      return this.auth.refreshTokens(dto.refreshToken, meta);
    }
    const refreshToken = this.cookies.read(request, 'refresh');
    if (!refreshToken) {
      throw AuthException.unauthorized(
        AuthErrorCode.Unauthorized,
        'No refresh token: send it in the body or the dc_refresh cookie.',
      );
    }
    this.cookies.assertCsrf(request);
    try {
      const session = await this.auth.rotateWebSession(refreshToken, meta);
      this.cookies.set(reply, session);
      return { expiresIn: session.expiresIn };
    } catch (error) {
      // Whatever went wrong, the browser's cookies are dead: drop them so it signs in afresh.
      this.cookies.clear(reply);
      throw error;
    }
  }

  /** End this session (refresh token in the body, bearer token, or cookies + X-CSRF-Token). */
  @Public()
  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Signed out (also when there was no session).' })
  @ApiForbiddenResponse({ type: ErrorResponseDto, description: '`csrf_invalid`.' })
  async logout(
    @Body() dto: LogoutDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<void> {
    // Public so that a browser with an expired access token can still sign out.
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (dto.refreshToken || bearer) {
      return this.auth.logout({ refreshToken: dto.refreshToken, accessToken: bearer }, meta);
    }
    const refreshToken = this.cookies.read(request, 'refresh');
    const accessToken = this.cookies.read(request, 'access');
    if (refreshToken || accessToken) {
      this.cookies.assertCsrf(request);
    }
    this.cookies.clear(reply);
    await this.auth.logout({ refreshToken, accessToken }, meta);
  }

  /** End every session of the signed-in account, on every device. */
  @Auth()
  @Post('logout-all')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'All sessions ended.' })
  async logoutAll(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Res({ passthrough: true }) reply: FastifyReply,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<void> {
    await this.auth.logoutAll(principal, meta);
    if (principal.via === 'cookie') {
      this.cookies.clear(reply);
    }
  }

  /** Email a password-reset link. Always 202. */
  @Public()
  @Post('forgot-password')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ type: AcceptedResponseDto })
  forgotPassword(@Body() dto: EmailDto, @ClientMeta() meta: ClientMetadata): Promise<AcceptedResponseDto> {
    return this.accounts.forgotPassword(dto, meta);
  }

  /** Set a new password with the emailed token; every session ends. Two-factor stays on. */
  @Public()
  @Post('reset-password')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: AcceptedResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: '`password_too_weak` or a token code.' })
  resetPassword(
    @Body() dto: ResetPasswordDto,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<AcceptedResponseDto> {
    return this.accounts.resetPassword(dto, meta);
  }
}
