import type { components } from '@dev-coach/api-client';
import {
  type ApiClient,
  refreshSession as refreshSharedSession,
  shouldRefreshSession,
  wasRefreshAttempted,
} from '@dev-coach/frontend-api';
import { HttpError, type AuthProvider, type UserIdentity } from 'react-admin';
import { valuesOf } from '../common/exhaustive';
import { api as defaultApi } from './apiClient';
import { call } from './httpClient';

export const AUTH_ROUTES = {
  login: '/api/v1/auth/login',
  logout: '/api/v1/auth/logout',
  me: '/api/v1/me',
} as const;

export const NO_BACK_OFFICE_ACCESS = 'This account does not have back-office access';
export const SERVER_UNAVAILABLE = 'devcoach.auth.server_unavailable';

export type Role = components['schemas']['UserRole'];
export const ROLES = valuesOf<Role>()(['user', 'staff', 'superuser']);

/** Roles allowed into the back office; a plain `user` is a coachee and stays out. */
export const isBackOfficeRole = (role: Role): boolean => {
  switch (role) {
    case 'staff':
    case 'superuser':
      return true;
    case 'user':
      return false;
  }
};

/** The part of the API's user (`UserResponseDto`) the back office keeps for the session. */
export type SessionUser = Pick<
  components['schemas']['UserResponseDto'],
  'id' | 'email' | 'firstName' | 'lastName' | 'role'
>;

/** What react-admin's login form (or a custom one) hands to `login()`. */
export interface LoginParams {
  email?: string;
  /** react-admin's default login form names the field `username`; it carries the email. */
  username?: string;
  password: string;
  otp?: string;
}

/**
 * Rejection value understood by react-admin: `logoutUser: false` keeps the session (403),
 * and `message` is shown (and translated) in the notification.
 */
export class AuthError extends Error {
  readonly logoutUser?: boolean;
  readonly status?: number;

  constructor(message: string, options: { logoutUser?: boolean; status?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AuthError';
    this.logoutUser = options.logoutUser;
    this.status = options.status;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isRole = (value: unknown): value is Role => ROLES.some((role) => role === value);

const asString = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Accepts both `{ user: {...} }` (login) and the bare user (`/me`). */
export const parseSessionUser = (body: unknown): SessionUser | undefined => {
  const candidate = isRecord(body) && isRecord(body.user) ? body.user : body;
  if (!isRecord(candidate) || !isRole(candidate.role)) {
    return undefined;
  }
  const id = candidate.id;
  if ((typeof id !== 'string' && typeof id !== 'number') || typeof candidate.email !== 'string') {
    return undefined;
  }
  return {
    id: String(id),
    email: candidate.email,
    firstName: asString(candidate.firstName),
    lastName: asString(candidate.lastName),
    role: candidate.role,
  };
};

export const fullNameOf = (user: SessionUser): string =>
  [user.firstName, user.lastName]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ') || user.email;

const statusOf = (error: unknown): number | undefined =>
  error instanceof HttpError && typeof error.status === 'number' ? error.status : undefined;

const isServerUnavailable = (status: number | undefined): boolean =>
  status === undefined || status === 0 || status >= 500;

const codeOf = (error: HttpError): string | undefined => {
  const body: unknown = error.body;
  return isRecord(body) && typeof body.code === 'string' ? body.code : undefined;
};

export interface AuthProviderOptions {
  /** The API client (shared with the data provider by default). */
  api?: ApiClient;
  /** Renews the session cookies; resolves whether it worked. */
  refreshSession?: () => Promise<boolean>;
  /** How long a `/me` answer is reused between checkAuth/getIdentity/getPermissions. */
  sessionTtlMs?: number;
}

export const createAuthProvider = ({
  api = defaultApi,
  refreshSession = () => refreshSharedSession(api),
  sessionTtlMs = 5_000,
}: AuthProviderOptions = {}): AuthProvider => {
  let cached: { user: SessionUser; at: number } | undefined;
  // A recent "nobody is signed in" (401) answer, reused like a user: react-admin asks several
  // times while it shows the login page, and each ask would otherwise be another request.
  let signedOut: { error: Error; at: number } | undefined;
  let inFlight: Promise<SessionUser> | undefined;

  const forget = () => {
    cached = undefined;
    signedOut = undefined;
    inFlight = undefined;
  };

  const remember = (user: SessionUser) => {
    cached = { user, at: Date.now() };
    signedOut = undefined;
  };

  const fetchMe = async (): Promise<SessionUser> => {
    let json: unknown;
    try {
      ({ data: json } = await call(api.GET(AUTH_ROUTES.me)));
    } catch (error) {
      if (error instanceof HttpError && error.status === 401) {
        signedOut = { error, at: Date.now() };
      }
      throw error;
    }
    const user = parseSessionUser(json);
    if (!user) {
      throw new AuthError('The server returned an unexpected user.', { status: 200 });
    }
    remember(user);
    return user;
  };

  /** The current session's user, shared by concurrent callers and reused for `sessionTtlMs`. */
  const currentUser = (): Promise<SessionUser> => {
    const now = Date.now();
    if (cached && now - cached.at < sessionTtlMs) {
      return Promise.resolve(cached.user);
    }
    if (signedOut && now - signedOut.at < sessionTtlMs) {
      return Promise.reject(signedOut.error);
    }
    inFlight ??= fetchMe().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };

  /** Best effort: the session cookies are httpOnly, so only the API can clear them. */
  const endSession = async () => {
    forget();
    try {
      // The cookies carry the session, so the body is empty.
      await call(api.POST(AUTH_ROUTES.logout, { body: {} }));
    } catch {
      // Already logged out, or the server is down: either way there is nothing left to end.
    }
  };

  return {
    async login(params: LoginParams) {
      forget();
      const email = (params.email ?? params.username ?? '').trim();
      const otp = params.otp?.trim();
      const { data } = await call(
        api.POST(AUTH_ROUTES.login, { body: { email, password: params.password, ...(otp ? { otp } : {}) } }),
      );
      const user = parseSessionUser(data);
      if (!user) {
        await endSession();
        throw new AuthError('The server returned an unexpected response. Please try again.');
      }
      if (!isBackOfficeRole(user.role)) {
        // The API opened a session for a coachee; close it before refusing entry.
        await endSession();
        throw new AuthError(NO_BACK_OFFICE_ACCESS, { status: 403 });
      }
      remember(user);
    },

    async logout() {
      await endSession();
    },

    async checkAuth() {
      let user: SessionUser;
      try {
        user = await currentUser();
      } catch (error) {
        const status = statusOf(error);
        if (status === 401 || status === 403) {
          throw new AuthError('ra.auth.auth_check_error', { status, cause: error });
        }
        if (isServerUnavailable(status)) {
          throw new AuthError(SERVER_UNAVAILABLE, { status, cause: error });
        }
        throw error;
      }
      if (!isBackOfficeRole(user.role)) {
        throw new AuthError(NO_BACK_OFFICE_ACCESS, { status: 403 });
      }
    },

    async checkError(error: unknown) {
      const status = statusOf(error) ?? (isRecord(error) ? error.status : undefined);
      if (status === 401) {
        // An expired access token is not a signed-out person: renew the session once (unless the
        // request already tried) and only send them to the login page if that fails.
        if (
          error instanceof HttpError &&
          !wasRefreshAttempted(error) &&
          shouldRefreshSession(status, codeOf(error)) &&
          (await refreshSession())
        ) {
          return;
        }
        // Session gone: react-admin calls logout() and sends the user to the login page.
        forget();
        throw new AuthError('ra.notification.logged_out', { status });
      }
      if (status === 403) {
        // Signed in but not allowed to do this: stay, keep the session, show why.
        const message =
          error instanceof Error && error.message ? error.message : 'ra.notification.not_authorized';
        throw new AuthError(message, { status, logoutUser: false });
      }
    },

    async getIdentity(): Promise<UserIdentity> {
      const user = await currentUser();
      return { id: user.id, fullName: fullNameOf(user), email: user.email, role: user.role };
    },

    /**
     * The role, or no permissions while nobody is signed in. Resolving (not rejecting) keeps
     * react-admin from running its "access denied → log out" path on the login page; signing in
     * invalidates this answer.
     */
    async getPermissions(): Promise<Role | undefined> {
      try {
        const user = await currentUser();
        return user.role;
      } catch (error) {
        if (statusOf(error) === 401) {
          return undefined;
        }
        throw error;
      }
    },
  };
};

export const authProvider = createAuthProvider();
