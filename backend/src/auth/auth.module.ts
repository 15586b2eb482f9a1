import { Logger, Module, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdminApiKeysController } from 'src/auth/admin-api-keys.controller';
import { AdminInvitesController } from 'src/auth/admin-invites.controller';
import { SessionCookies } from 'src/auth/auth-cookies';
import { AuthOptionsController } from 'src/auth/auth-options.controller';
import { AuthController } from 'src/auth/auth.controller';
import { ApiKeyEntity } from 'src/auth/entities/api-key.entity';
import { InviteEntity } from 'src/auth/entities/invite.entity';
import { RecoveryCodeEntity } from 'src/auth/entities/recovery-code.entity';
import { RefreshTokenEntity } from 'src/auth/entities/refresh-token.entity';
import { SessionEntity } from 'src/auth/entities/session.entity';
import { UserTokenEntity } from 'src/auth/entities/user-token.entity';
import { AppAuthGuard } from 'src/auth/guards/app-auth.guard';
import { MePrivacyController } from 'src/auth/me-privacy.controller';
import { MeSecurityController } from 'src/auth/me-security.controller';
import { AccountErasureService } from 'src/auth/services/account-erasure.service';
import { AuthPersonalData } from 'src/auth/services/auth.personal-data';
import { AccountMailService } from 'src/auth/services/account-mail.service';
import { AccountService } from 'src/auth/services/account.service';
import { ApiKeysRepository } from 'src/auth/services/api-keys.repository';
import { ApiKeysService } from 'src/auth/services/api-keys.service';
import { AuthService } from 'src/auth/services/auth.service';
import { InvitesRepository } from 'src/auth/services/invites.repository';
import { InvitesService } from 'src/auth/services/invites.service';
import { PasswordService } from 'src/auth/services/password.service';
import { RecoveryCodesRepository } from 'src/auth/services/recovery-codes.repository';
import { SeedService } from 'src/auth/services/seed.service';
import { SessionsRepository } from 'src/auth/services/sessions.repository';
import { SessionsService } from 'src/auth/services/sessions.service';
import { TokenService } from 'src/auth/services/token.service';
import { AuthContextCache } from 'src/auth/services/auth-context.cache';
import { ReauthenticationService } from 'src/auth/services/reauthentication.service';
import { SecondFactorService } from 'src/auth/services/second-factor.service';
import { TwoFactorService } from 'src/auth/services/two-factor.service';
import { UserTokensRepository } from 'src/auth/services/user-tokens.repository';
import { JwtStrategy } from 'src/auth/strategies/jwt.strategy';
import { TwoFactorController } from 'src/auth/two-factor.controller';
import { RATE_LIMIT_STORAGE, type RateLimitStorage } from 'src/common/throttling/rate-limit.storage';
import { AppThrottlerGuard } from 'src/common/throttling/app-throttler.guard';
import { AfterResponse } from 'src/common/background/after-response';
import type { AllConfig } from 'src/config/config.types';
import { EmailModule } from 'src/email/email.module';
import { UsersModule } from 'src/users/users.module';
import { WebhooksModule } from 'src/webhooks/webhooks.module';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      SessionEntity,
      RefreshTokenEntity,
      UserTokenEntity,
      InviteEntity,
      ApiKeyEntity,
      RecoveryCodeEntity,
    ]),
    PassportModule,
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<AllConfig, true>) => {
        const auth = config.get('auth', { infer: true });
        return {
          secret: auth.jwtSecret,
          signOptions: { algorithm: 'HS256', issuer: auth.jwtIssuer, audience: auth.jwtAudience },
          verifyOptions: { algorithms: ['HS256'], issuer: auth.jwtIssuer, audience: auth.jwtAudience },
        };
      },
    }),
    ThrottlerModule.forRootAsync({
      inject: [ConfigService, RATE_LIMIT_STORAGE],
      useFactory: (config: ConfigService<AllConfig, true>, storage: RateLimitStorage) => ({
        storage,
        throttlers: [
          {
            name: 'auth',
            ttl: 60_000,
            limit: config.get('auth.rateLimits.authPerIpPerMinute', { infer: true }),
          },
        ],
      }),
    }),
    UsersModule,
    EmailModule,
    WebhooksModule,
  ],
  controllers: [
    AuthController,
    AuthOptionsController,
    TwoFactorController,
    MeSecurityController,
    MePrivacyController,
    AdminInvitesController,
    AdminApiKeysController,
  ],
  providers: [
    { provide: APP_GUARD, useClass: AppAuthGuard },
    AppThrottlerGuard,
    JwtStrategy,
    PasswordService,
    TokenService,
    SessionsRepository,
    SessionsService,
    UserTokensRepository,
    InvitesRepository,
    InvitesService,
    ApiKeysRepository,
    ApiKeysService,
    RecoveryCodesRepository,
    TwoFactorService,
    SecondFactorService,
    ReauthenticationService,
    AuthContextCache,
    AuthService,
    AccountService,
    AccountMailService,
    SeedService,
    SessionCookies,
    AfterResponse,
    AccountErasureService,
    AuthPersonalData,
  ],
  exports: [PasswordService, SessionsService, InvitesService, SeedService, AccountErasureService],
})
export class AuthModule implements OnModuleInit {
  private readonly logger = new Logger(AuthModule.name);

  constructor(private readonly config: ConfigService<AllConfig, true>) {}

  onModuleInit(): void {
    const publicUrl = new URL(this.config.get('app.publicUrl', { infer: true }));
    if (publicUrl.protocol === 'http:' && this.config.get('auth.cookieSecure', { infer: true })) {
      // Browsers drop Secure cookies over plain HTTP: sign-in would silently fail.
      this.logger.warn(
        `PUBLIC_URL ${publicUrl.origin} is plain HTTP on a non-localhost host; session cookies are Secure and browsers will not send them. Serve over HTTPS.`,
      );
    }
  }
}
