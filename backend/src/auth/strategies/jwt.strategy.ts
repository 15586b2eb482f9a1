import { createSecretKey } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import passport from 'passport';
import { Strategy } from 'passport-jwt';
import { cookieName, cookieOf } from 'src/auth/auth-cookies';
import type { AuthPrincipal } from 'src/common/auth/auth.decorator';
import { isAccessClaims } from 'src/auth/services/token.service';
import { SessionsService } from 'src/auth/services/sessions.service';
import type { AllConfig } from 'src/config/config.types';

export const JWT_STRATEGY = 'jwt';

type Authenticator = InstanceType<typeof passport.Authenticator>;

/** Request fields the strategy and the guard share. */
export interface AuthenticatedRequest extends FastifyRequest {
  authVia?: 'cookie' | 'bearer';
  principal?: AuthPrincipal;
  twoFactorEnabled?: boolean;
}

// The bearer header wins over the cookie: an integrator's explicit token must never be
// silently replaced by a browser cookie (which would also change the CSRF rules).
const tokenExtractor =
  (accessCookie: string) =>
  (request: AuthenticatedRequest): string | null => {
    const header = request.headers.authorization;
    if (typeof header === 'string' && header.length > 0) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      request.authVia = 'bearer';
      return match?.[1] ?? null;
    }
    const cookie = cookieOf(request, accessCookie);
    if (cookie) {
      request.authVia = 'cookie';
      return cookie;
    }
    return null;
  };

/**
 * Bearer or cookie access token → principal. Registered on its own passport Authenticator
 * rather than the process-wide one: a process can hold several Nest apps (tests do), and a
 * global registration would let the newest app's strategy answer for all of them.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, JWT_STRATEGY) {
  // `declare`: a plain field would be re-initialised to undefined after super() returns,
  // dropping the authenticator the mixin registered this strategy on during super().
  declare private ownAuthenticator?: Authenticator;

  constructor(
    config: ConfigService<AllConfig, true>,
    private readonly sessions: SessionsService,
  ) {
    super({
      jwtFromRequest: tokenExtractor(cookieName('access', config.get('auth.cookieSecure', { infer: true }))),
      // A KeyObject, built once: given a string, jsonwebtoken first tries (and fails) to parse
      // it as a public key on every request, which was the top CPU cost of authenticated
      // reads in `npm run bench`. The typings only list string | Buffer.
      secretOrKey: createSecretKey(
        Buffer.from(config.get('auth.jwtSecret', { infer: true }), 'utf8'),
      ) as unknown as string,
      // Pinned: a token claiming `none` or RS256 is rejected before its signature is read.
      algorithms: ['HS256'],
      issuer: config.get('auth.jwtIssuer', { infer: true }),
      audience: config.get('auth.jwtAudience', { infer: true }),
      passReqToCallback: true,
    });
  }

  // Called by the PassportStrategy mixin during construction, to register this strategy.
  getPassportInstance(): Authenticator {
    const authenticator = this.ownAuthenticator ?? new passport.Authenticator();
    this.ownAuthenticator = authenticator;
    return authenticator;
  }

  /** The authenticator this strategy is registered on, for the guard. */
  get authenticator(): Authenticator {
    return this.getPassportInstance();
  }

  async validate(request: AuthenticatedRequest, payload: unknown): Promise<AuthPrincipal | false> {
    if (!isAccessClaims(payload)) {
      return false;
    }
    const context = await this.sessions.authContext(payload.sid, payload.sub);
    if (!context) {
      return false;
    }
    request.twoFactorEnabled = context.twoFactorEnabled;
    return {
      userId: context.userId,
      role: context.role,
      via: request.authVia ?? 'bearer',
      sessionId: context.sessionId,
    };
  }
}
