import { HttpError, type AuthProvider, type UserIdentity } from 'react-admin';
import { httpClient as defaultHttpClient, type HttpClient } from './httpClient';

export const AUTH_ROUTES = {
  login: '/api/v1/auth/login',
  logout: '/api/v1/auth/logout',
  me: '/api/v1/me',
} as const;

export const NO_BACK_OFFICE_ACCESS = 'This account does not have back-office access';
export const SERVER_UNAVAILABLE = 'devcoach.auth.server_unavailable';

export const ROLES = ['user', 'staff', 'superuser'] as const;
export type Role = (typeof ROLES)[number];

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

export interface SessionUser {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  role: Role;
}

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

export interface AuthProviderOptions {
  httpClient?: HttpClient;
  /** How long a `/me` answer is reused between checkAuth/getIdentity/getPermissions. */
  sessionTtlMs?: number;
}

export const createAuthProvider = ({
  httpClient = defaultHttpClient,
  sessionTtlMs = 5_000,
}: AuthProviderOptions = {}): AuthProvider => {
  let cached: { user: SessionUser; at: number } | undefined;
  let inFlight: Promise<SessionUser> | undefined;

  const forget = () => {
    cached = undefined;
    inFlight = undefined;
  };

  const remember = (user: SessionUser) => {
    cached = { user, at: Date.now() };
  };

  const fetchMe = async (): Promise<SessionUser> => {
    const { json } = await httpClient(AUTH_ROUTES.me);
    const user = parseSessionUser(json);
    if (!user) {
      throw new AuthError('The server returned an unexpected user.', { status: 200 });
    }
    remember(user);
    return user;
  };

  /** The current session's user, shared by concurrent callers and reused for `sessionTtlMs`. */
  const currentUser = (): Promise<SessionUser> => {
    if (cached && Date.now() - cached.at < sessionTtlMs) {
      return Promise.resolve(cached.user);
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
      await httpClient(AUTH_ROUTES.logout, { method: 'POST' });
    } catch {
      // Already logged out, or the server is down: either way there is nothing left to end.
    }
  };

  return {
    async login(params: LoginParams) {
      forget();
      const email = (params.email ?? params.username ?? '').trim();
      const otp = params.otp?.trim();
      const { json } = await httpClient(AUTH_ROUTES.login, {
        method: 'POST',
        body: JSON.stringify({ email, password: params.password, ...(otp ? { otp } : {}) }),
      });
      const user = parseSessionUser(json);
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

    checkError(error: unknown) {
      const status = statusOf(error) ?? (isRecord(error) ? error.status : undefined);
      if (status === 401) {
        // Session gone: react-admin calls logout() and sends the user to the login page.
        forget();
        return Promise.reject(new AuthError('ra.notification.logged_out', { status }));
      }
      if (status === 403) {
        // Signed in but not allowed to do this: stay, keep the session, show why.
        const message =
          error instanceof Error && error.message ? error.message : 'ra.notification.not_authorized';
        return Promise.reject(new AuthError(message, { status, logoutUser: false }));
      }
      return Promise.resolve();
    },

    async getIdentity(): Promise<UserIdentity> {
      const user = await currentUser();
      return { id: user.id, fullName: fullNameOf(user), email: user.email, role: user.role };
    },

    async getPermissions(): Promise<Role> {
      const user = await currentUser();
      return user.role;
    },
  };
};

export const authProvider = createAuthProvider();
