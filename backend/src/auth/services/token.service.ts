import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import type { AllConfig } from 'src/config/config.types';

/** Claims of our access tokens. `sid` ties the token to a session the guard can revoke. */
export interface AccessTokenClaims {
  sub: string;
  sid: string;
  typ: 'access';
}

/**
 * The claims every access token we issue carries. `exp` is checked here because jsonwebtoken
 * only rejects an expired token, not one without an expiry: a token signed with a leaked key but
 * no `exp` would otherwise never die.
 */
export const isAccessClaims = (payload: unknown): payload is AccessTokenClaims & { exp: number } => {
  const claims = payload as Partial<AccessTokenClaims & { exp: number }> | null;
  return (
    typeof claims === 'object' &&
    claims !== null &&
    claims.typ === 'access' &&
    typeof claims.sub === 'string' &&
    typeof claims.sid === 'string' &&
    typeof claims.exp === 'number'
  );
};

export interface IssuedAccessToken {
  token: string;
  expiresIn: number;
}

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: ConfigService<AllConfig, true>,
  ) {}

  /** Claims of a valid access token, or undefined; never throws. */
  verifyAccessToken(token: string): AccessTokenClaims | undefined {
    try {
      const claims = this.jwt.verify<object>(token);
      return isAccessClaims(claims) ? claims : undefined;
    } catch {
      return undefined;
    }
  }

  signAccessToken(userId: string, sessionId: string): IssuedAccessToken {
    const expiresIn = this.config.get('auth.accessTokenTtlSeconds', { infer: true });
    const claims: AccessTokenClaims = { sub: userId, sid: sessionId, typ: 'access' };
    return { token: this.jwt.sign(claims, { expiresIn }), expiresIn };
  }
}
