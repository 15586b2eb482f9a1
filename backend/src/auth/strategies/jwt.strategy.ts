import { createSecretKey, type KeyObject } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import passport from 'passport';
import { Strategy } from 'passport-jwt';
import { cookieName, cookieOf } from 'src/auth/auth-cookies';
import type { AuthPrincipal } from 'src/common/auth/auth.decorator';
import { type AccessTokenClaims, isAccessClaims } from 'src/auth/services/token.service';
import { SessionsService } from 'src/auth/services/sessions.service';
import { VerifiedTokenCache } from 'src/auth/strategies/verified-token.cache';
import type { AllConfig } from 'src/config/config.types';

export const JWT_STRATEGY = 'jwt';

type Authenticator = InstanceType<typeof passport.Authenticator>;

type VerifiedClaims = AccessTokenClaims & { exp: number };

interface VerifyOptions {
  algorithms: ['HS256'];
  issuer: string;
  audience: string;
  ignoreExpiration: false;
}

/** passport-jwt's own verifier (jsonwebtoken's `verify`), which it exposes for injection. */
type JwtVerifier = (
  token: string,
  key: KeyObject,
  options: VerifyOptions,
  done: (error: Error | null, payload?: unknown) => void,
) => void;
const verifyJwt = (Strategy as unknown as { JwtVerifier: JwtVerifier }).JwtVerifier;

/** What passport adds to a strategy for the length of one `authenticate` call. */
interface PassportActions {
  success(user: AuthPrincipal): void;
  fail(challenge?: unknown): void;
  error(error: Error): void;
}

/** passport-jwt's message for a request without a token; the guard answers it with a plain 401. */
const NO_TOKEN = 'No auth token';

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

  // Set after super(): the mixin only registers the strategy during it, nothing reads these then.
  private readonly extractToken: (request: AuthenticatedRequest) => string | null;
  private readonly key: KeyObject;
  private readonly verifyOptions: VerifyOptions;
  private readonly verifiedTokens = new VerifiedTokenCache<VerifiedClaims>();

  constructor(
    config: ConfigService<AllConfig, true>,
    private readonly sessions: SessionsService,
  ) {
    const extractToken = tokenExtractor(
      cookieName('access', config.get('auth.cookieSecure', { infer: true })),
    );
    // A KeyObject, built once: given a string, jsonwebtoken first tries (and fails) to parse
    // it as a public key on every request, which was the top CPU cost of authenticated
    // reads in `npm run bench`.
    const key = createSecretKey(Buffer.from(config.get('auth.jwtSecret', { infer: true }), 'utf8'));
    const verifyOptions: VerifyOptions = {
      // Pinned: a token claiming `none` or RS256 is rejected before its signature is read.
      algorithms: ['HS256'],
      issuer: config.get('auth.jwtIssuer', { infer: true }),
      audience: config.get('auth.jwtAudience', { infer: true }),
      ignoreExpiration: false,
    };
    super({
      jwtFromRequest: extractToken,
      // The typings only list string | Buffer. (`authenticate` below does the verifying; these
      // options are what passport-jwt would have used, kept so the strategy stays complete.)
      secretOrKey: key as unknown as string,
      algorithms: verifyOptions.algorithms,
      issuer: verifyOptions.issuer,
      audience: verifyOptions.audience,
      passReqToCallback: true,
    });
    this.extractToken = extractToken;
    this.key = key;
    this.verifyOptions = verifyOptions;
  }

  /**
   * passport-jwt's `authenticate`, with the token's verification remembered until its `exp`
   * (VerifiedTokenCache). The session behind the token is still checked on every request, in
   * `validate`, so a revocation takes effect at once whatever this remembers. Outcomes are
   * passport-jwt's: no token, and a token that fails verification, are `fail`ures carrying the
   * reason the guard turns into its 401 codes.
   */
  // `req` is typed for Express by passport's typings; here it is always Fastify's request.
  override authenticate(this: this & PassportActions, req: unknown): void {
    const request = req as AuthenticatedRequest;
    const token = this.extractToken(request);
    if (!token) {
      this.fail(new Error(NO_TOKEN));
      return;
    }
    const claims = this.verifiedTokens.get(token) ?? this.verify(token);
    if (claims instanceof Error) {
      this.fail(claims);
      return;
    }
    if (!claims) {
      // Signed by us but not an access token: refused as `validate` would refuse it.
      this.fail();
      return;
    }
    this.validate(request, claims).then(
      (principal) => (principal ? this.success(principal) : this.fail()),
      (error: unknown) => this.error(error instanceof Error ? error : new Error(String(error))),
    );
  }

  /** Verifies a token not in the cache; the claims (remembered until `exp`) or why it failed. */
  private verify(token: string): VerifiedClaims | false | Error {
    let outcome: unknown;
    verifyJwt(token, this.key, this.verifyOptions, (error, payload) => {
      outcome = error ?? payload;
    });
    if (outcome instanceof Error) {
      return outcome;
    }
    if (!isAccessClaims(outcome)) {
      return false;
    }
    this.verifiedTokens.store(token, outcome, outcome.exp);
    return outcome;
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
