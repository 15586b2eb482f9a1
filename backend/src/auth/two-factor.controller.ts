import { Body, Controller, HttpCode, HttpStatus, Post, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Auth, type AuthPrincipal, CurrentPrincipal } from 'src/common/auth/auth.decorator';
import {
  DisableTwoFactorDto,
  EnableTwoFactorDto,
  RecoveryCodesResponseDto,
  TwoFactorSetupResponseDto,
} from 'src/auth/dto/two-factor.dto';
import { ClientMeta, type ClientMetadata } from 'src/common/auth/request-metadata';
import { TwoFactorService } from 'src/auth/services/two-factor.service';
import { ErrorResponseDto } from 'src/common/dto/error-response.dto';
import { AppThrottlerGuard } from 'src/common/throttling/app-throttler.guard';

@ApiTags('auth')
@Auth()
@UseGuards(AppThrottlerGuard)
@Controller('auth/2fa')
export class TwoFactorController {
  constructor(private readonly twoFactor: TwoFactorService) {}

  /** Start TOTP enrolment: a secret and a QR code for the authenticator app. */
  @Post('setup')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: TwoFactorSetupResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: '`two_factor_already_enabled`.' })
  setupTwoFactor(@CurrentPrincipal() principal: AuthPrincipal): Promise<TwoFactorSetupResponseDto> {
    return this.twoFactor.setup(principal);
  }

  /** Confirm with a current code; returns single-use recovery codes (shown once). */
  @Post('enable')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: RecoveryCodesResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: '`otp_invalid`.' })
  @ApiConflictResponse({
    type: ErrorResponseDto,
    description: '`two_factor_already_enabled` or `two_factor_not_set_up`.',
  })
  enableTwoFactor(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Body() dto: EnableTwoFactorDto,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<RecoveryCodesResponseDto> {
    return this.twoFactor.enable(principal, dto, meta);
  }

  /** Turn two-factor off; needs the password and a code (or a recovery code). */
  @Post('disable')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Two-factor authentication is off.' })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: '`password_incorrect` or `otp_invalid`.' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: '`two_factor_not_enabled`.' })
  disableTwoFactor(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Body() dto: DisableTwoFactorDto,
    @ClientMeta() meta: ClientMetadata,
  ): Promise<void> {
    return this.twoFactor.disable(principal, dto, meta);
  }
}
