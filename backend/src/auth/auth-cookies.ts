import { randomBytes } from 'node:crypto';
// Type augmentation only: reply.setCookie and request.cookies come from the plugin.
import type {} from '@fastify/cookie';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthErrorCode, AuthException } from 'src/auth/auth.exception';
import { safeEqual } from 'src/auth/services/secret-tokens';
import type { AllConfig } from 'src/config/config.types';

export const ACCESS_COOKIE = 'dc_access';
export const REFRESH_COOKIE = 'dc_refresh';
export const CSRF_COOKIE = 'dc_csrf';

export type SessionCookie = 'access' | 'refresh' | 'csrf';

const BASE_NAMES: Record<SessionCookie, string> = {
  access: ACCESS_COOKIE,
  refresh: REFRESH_COOKIE,
  csrf: CSRF_COOKIE,
};

/**
 * A session cookie's name. Over HTTPS the browser-enforced prefixes apply: `__Host-` (Secure,
 * Path=/, no Domain) so a sibling subdomain or a plain-HTTP page cannot plant or overwrite the
 * cookie; the refresh cookie is scoped to the auth routes, which `__Host-` forbids, so it gets
 * `__Secure-`. Plain-HTTP localhost keeps the bare names (browsers reject the prefixes there).
 */
export const cookieName = (cookie: SessionCookie, secure: boolean): string =>
  secure ? `${cookie === 'refresh' ? '__Secure-' : '__Host-'}${BASE_NAMES[cookie]}` : BASE_NAMES[cookie];
export const CSRF_HEADER = 'x-csrf-token';
// The refresh token only ever travels to the auth routes, never with ordinary API calls.
export const REFRESH_COOKIE_PATH = '/api/v1/auth';

export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface SessionCookieValues {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  refreshExpiresIn: number;
}

const base = (secure: boolean) => ({ secure, sameSite: 'lax' as const });

/**
 * Writes and clears the browser's session cookies. Controller layer only: services hand back
 * the issued session and the controller decides whether it travels as cookies.
 */
@Injectable()
export class SessionCookies {
  constructor(private readonly config: ConfigService<AllConfig, true>) {}

  /** A session cookie of this request, under the name this deployment uses. */
  read(request: FastifyRequest, cookie: SessionCookie): string | undefined {
    return cookieOf(request, cookieName(cookie, this.secure()));
  }

  /** The CSRF double-submit check against this deployment's cookie name. */
  assertCsrf(request: FastifyRequest): void {
    assertCsrf(request, cookieName('csrf', this.secure()));
  }

  set(reply: FastifyReply, values: SessionCookieValues): void {
    const secure = this.secure();
    void reply.setCookie(cookieName('access', secure), values.accessToken, {
      ...base(secure),
      httpOnly: true,
      path: '/',
      maxAge: values.expiresIn,
    });
    void reply.setCookie(cookieName('refresh', secure), values.refreshToken, {
      ...base(secure),
      httpOnly: true,
      path: REFRESH_COOKIE_PATH,
      maxAge: values.refreshExpiresIn,
    });
    // Readable by the page on purpose: the front end echoes it in X-CSRF-Token (double submit).
    void reply.setCookie(cookieName('csrf', secure), randomBytes(32).toString('base64url'), {
      ...base(secure),
      httpOnly: false,
      path: '/',
      maxAge: values.refreshExpiresIn,
    });
  }

  clear(reply: FastifyReply): void {
    const secure = this.secure();
    void reply.clearCookie(cookieName('access', secure), { ...base(secure), httpOnly: true, path: '/' });
    void reply.clearCookie(cookieName('refresh', secure), {
      ...base(secure),
      httpOnly: true,
      path: REFRESH_COOKIE_PATH,
    });
    void reply.clearCookie(cookieName('csrf', secure), { ...base(secure), path: '/' });
  }

  private secure(): boolean {
    return this.config.get('auth.cookieSecure', { infer: true });
  }
}

export const cookieOf = (request: FastifyRequest, name: string): string | undefined => {
  const value = request.cookies?.[name];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
};

/**
 * Double submit: a page on another site can make the browser send our cookies, but it cannot
 * read dc_csrf to copy it into the header. Applies to cookie-authenticated writes only.
 */
const assertCsrf = (request: FastifyRequest, csrfCookie: string): void => {
  if (SAFE_METHODS.has(request.method)) {
    return;
  }
  const cookie = cookieOf(request, csrfCookie);
  const header = request.headers[CSRF_HEADER];
  if (!cookie || typeof header !== 'string' || !safeEqual(cookie, header)) {
    throw AuthException.forbidden(
      AuthErrorCode.CsrfInvalid,
      'Missing or wrong X-CSRF-Token header: send the value of the dc_csrf cookie.',
    );
  }
};
