import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Reflector } from '@nestjs/core';
import { AuthErrorCode, AuthException } from 'src/auth/auth.exception';
import { SessionCookies } from 'src/auth/auth-cookies';
import {
  AUTH_REQUIREMENTS_KEY,
  type AuthPrincipal,
  type AuthRequirements,
  IS_PUBLIC_KEY,
} from 'src/common/auth/auth.decorator';
import { roleAtLeast } from 'src/auth/roles';
import { ApiKeysService } from 'src/auth/services/api-keys.service';
import { type AuthenticatedRequest, JWT_STRATEGY, JwtStrategy } from 'src/auth/strategies/jwt.strategy';
import type { AllConfig } from 'src/config/config.types';
import { UserRole } from 'src/common/auth/user-role';

export const API_KEY_HEADER = 'x-api-key';

/**
 * The global guard (APP_GUARD). Every route needs a signed-in caller unless it says
 * @Public(), so a forgotten decorator fails closed. Cookie and bearer callers are checked
 * against the route's role; API keys against its scopes, only where the route lists scopes at
 * all, and against its role through the key's creator. Cookie-authenticated writes must pass
 * the CSRF double-submit check.
 */
@Injectable()
export class AppAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeysService,
    private readonly jwt: JwtStrategy,
    private readonly config: ConfigService<AllConfig, true>,
    private readonly cookies: SessionCookies,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') {
      return true;
    }
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC_KEY, targets)) {
      return true;
    }
    const requirements =
      this.reflector.getAllAndOverride<AuthRequirements | undefined>(AUTH_REQUIREMENTS_KEY, targets) ?? {};
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();

    const apiKey = request.headers[API_KEY_HEADER];
    if (apiKey !== undefined) {
      const principal = await this.apiKeys.authenticate(Array.isArray(apiKey) ? '' : apiKey);
      this.assertScopes(principal, requirements);
      // The key acts for its creator: if they lost the role the route needs, so did the key.
      if (requirements.role && !roleAtLeast(principal.role, requirements.role)) {
        throw AuthException.forbidden();
      }
      request.principal = principal;
      return true;
    }

    const principal = await this.authenticateJwt(request, context.switchToHttp().getResponse());
    this.assertRole(principal, requirements, request);
    if (principal.via === 'cookie') {
      this.cookies.assertCsrf(request);
    }
    request.principal = principal;
    return true;
  }

  private authenticateJwt(request: AuthenticatedRequest, reply: unknown): Promise<AuthPrincipal> {
    return new Promise((resolve, reject) => {
      const middleware = this.jwt.authenticator.authenticate(
        JWT_STRATEGY,
        { session: false },
        (error: unknown, user: AuthPrincipal | false, info: unknown) => {
          try {
            resolve(this.verdict(error, user, info));
          } catch (failure) {
            reject(failure instanceof Error ? failure : new Error(String(failure)));
          }
        },
      ) as (req: unknown, res: unknown, next: (error?: unknown) => void) => void;
      middleware(request, reply, (error?: unknown) =>
        reject(error instanceof Error ? error : AuthException.unauthorized()),
      );
    });
  }

  // Passport's verdict in our error shape; an expired token gets its own code so clients
  // know to refresh rather than to sign in again.
  private verdict(error: unknown, user: AuthPrincipal | false, info: unknown): AuthPrincipal {
    if (error) {
      throw error instanceof Error ? error : new Error('Authentication failed');
    }
    if (!user) {
      const reason = info instanceof Error ? info : undefined;
      if (reason?.name === 'TokenExpiredError') {
        throw AuthException.unauthorized(
          AuthErrorCode.TokenExpired,
          'Your session token has expired. Refresh it or sign in again.',
        );
      }
      if (!reason || reason.message === 'No auth token') {
        throw AuthException.unauthorized();
      }
      throw AuthException.unauthorized(
        AuthErrorCode.TokenInvalid,
        'The access token is not valid. Please sign in again.',
      );
    }
    return user;
  }

  private assertRole(
    principal: AuthPrincipal,
    requirements: AuthRequirements,
    request: AuthenticatedRequest,
  ): void {
    if (requirements.role && !roleAtLeast(principal.role, requirements.role)) {
      throw AuthException.forbidden();
    }
    if (
      requirements.role &&
      roleAtLeast(requirements.role, UserRole.Staff) &&
      this.config.get('auth.staffRequire2fa', { infer: true }) &&
      !request.twoFactorEnabled
    ) {
      throw AuthException.forbidden(
        AuthErrorCode.TwoFactorRequired,
        'Staff accounts must turn on two-factor authentication first (POST /api/v1/auth/2fa/setup).',
      );
    }
  }

  private assertScopes(principal: AuthPrincipal, requirements: AuthRequirements): void {
    const needed = requirements.scopes ?? [];
    if (needed.length === 0) {
      throw AuthException.forbidden(AuthErrorCode.InsufficientScope, 'API keys cannot call this route.');
    }
    const missing = needed.filter((scope) => !principal.scopes?.includes(scope));
    if (missing.length > 0) {
      throw AuthException.forbidden(
        AuthErrorCode.InsufficientScope,
        `This API key lacks the scope(s): ${missing.join(', ')}.`,
      );
    }
  }
}
