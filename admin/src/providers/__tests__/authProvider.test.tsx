import { CSRF_COOKIE, markRefreshAttempted } from '@dev-coach/frontend-api';
import { render, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { CoreAdminContext, HttpError, useLogoutIfAccessDenied } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearCookie, json, setCookie, stubFetch } from '../../test/fetchStub';
import { AUTH_ROUTES, AuthError, createAuthProvider, NO_BACK_OFFICE_ACCESS } from '../authProvider';

const staff = {
  id: '6f1c1d4e-0000-4000-8000-000000000001',
  email: 'ada@devcoach.test',
  firstName: 'Ada',
  lastName: 'Lovelace',
  role: 'staff',
};
const coachee = {
  ...staff,
  id: '6f1c1d4e-0000-4000-8000-000000000002',
  email: 'bob@devcoach.test',
  role: 'user',
};
const unauthorized = () =>
  json(401, { statusCode: 401, code: 'unauthorized', message: 'Authentication is required.' });

describe('authProvider.login', () => {
  it('should reject with the back-office access message when a user-role account logs in', async () => {
    const { calls } = stubFetch({
      [`POST ${AUTH_ROUTES.login}`]: () => json(200, { user: coachee }),
      [`POST ${AUTH_ROUTES.logout}`]: () => new Response(null, { status: 204 }),
    });
    const authProvider = createAuthProvider();

    await expect(authProvider.login({ email: coachee.email, password: 'secret-pass' })).rejects.toThrow(
      'This account does not have back-office access',
    );
    // The session the API just opened for the coachee is closed again.
    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual([
      `POST ${AUTH_ROUTES.login}`,
      `POST ${AUTH_ROUTES.logout}`,
    ]);
  });

  it('should resolve and expose the staff role when a staff account logs in', async () => {
    const { calls } = stubFetch({ [`POST ${AUTH_ROUTES.login}`]: () => json(200, { user: staff }) });
    const authProvider = createAuthProvider();

    await expect(
      authProvider.login({ username: ' ada@devcoach.test ', password: 'secret-pass' }),
    ).resolves.toBeUndefined();

    expect(calls[0]?.body).toEqual({ email: 'ada@devcoach.test', password: 'secret-pass' });
    expect(calls[0]?.credentials).toBe('include');
    // The login answer is reused: no extra /me round trip right after signing in.
    await expect(authProvider.getPermissions?.({})).resolves.toBe('staff');
    await expect(authProvider.getIdentity?.()).resolves.toMatchObject({
      id: staff.id,
      fullName: 'Ada Lovelace',
    });
    expect(calls).toHaveLength(1);
  });

  it('should send the one-time code when the form provides one', async () => {
    const { calls } = stubFetch({
      [`POST ${AUTH_ROUTES.login}`]: () => json(200, { user: { ...staff, role: 'superuser' } }),
    });

    await createAuthProvider().login({ email: staff.email, password: 'secret-pass', otp: '123456' });

    expect(calls[0]?.body).toEqual({ email: staff.email, password: 'secret-pass', otp: '123456' });
  });

  it('should reject with the API message when the credentials are wrong', async () => {
    stubFetch({
      [`POST ${AUTH_ROUTES.login}`]: () =>
        json(401, {
          statusCode: 401,
          code: 'invalid_credentials',
          message: 'Email or password is incorrect.',
        }),
    });

    await expect(createAuthProvider().login({ email: staff.email, password: 'nope' })).rejects.toThrow(
      'Email or password is incorrect.',
    );
  });
});

describe('authProvider.checkAuth', () => {
  it('should resolve when /me returns a staff user', async () => {
    stubFetch({ [`GET ${AUTH_ROUTES.me}`]: () => json(200, staff) });

    await expect(createAuthProvider().checkAuth({})).resolves.toBeUndefined();
  });

  it('should reject when /me answers 401', async () => {
    stubFetch({ [`GET ${AUTH_ROUTES.me}`]: unauthorized });

    await expect(createAuthProvider().checkAuth({})).rejects.toBeInstanceOf(AuthError);
  });

  it('should ask the API once and grant no permissions when several checks happen while nobody is signed in', async () => {
    const { calls } = stubFetch({ [`GET ${AUTH_ROUTES.me}`]: unauthorized });
    const authProvider = createAuthProvider();

    await expect(authProvider.checkAuth({})).rejects.toBeInstanceOf(AuthError);
    await expect(authProvider.checkAuth({})).rejects.toBeInstanceOf(AuthError);
    await expect(authProvider.getPermissions?.({})).resolves.toBeUndefined();

    expect(calls).toHaveLength(1);
  });

  it('should reject with the back-office access message when the session belongs to a user-role account', async () => {
    stubFetch({ [`GET ${AUTH_ROUTES.me}`]: () => json(200, { user: coachee }) });

    await expect(createAuthProvider().checkAuth({})).rejects.toThrow(NO_BACK_OFFICE_ACCESS);
  });
});

describe('authProvider.getIdentity', () => {
  it('should fall back to the email as full name when the user has no name', async () => {
    stubFetch({ [`GET ${AUTH_ROUTES.me}`]: () => json(200, { ...staff, firstName: '', lastName: '' }) });

    await expect(createAuthProvider().getIdentity?.()).resolves.toMatchObject({ fullName: staff.email });
  });
});

describe('authProvider.checkError', () => {
  it('should reject so react-admin logs out when the API answers 401', async () => {
    const failure: unknown = await createAuthProvider()
      .checkError(new HttpError('Authentication is required.', 401))
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(AuthError);
    expect((failure as AuthError).logoutUser).not.toBe(false);
  });

  it('should reject but keep the session when the API answers 403', async () => {
    const failure: unknown = await createAuthProvider()
      .checkError(new HttpError('Only superusers may do this.', 403))
      .catch((error: unknown) => error);

    expect(failure).toMatchObject({ logoutUser: false, message: 'Only superusers may do this.' });
  });

  it('should resolve when the error is not about authentication', async () => {
    await expect(createAuthProvider().checkError(new HttpError('Boom', 500))).resolves.toBeUndefined();
  });

  it('should call the logout endpoint when a data request fails with 401', async () => {
    const { calls } = stubFetch({
      [`GET ${AUTH_ROUTES.me}`]: unauthorized,
      [`POST ${AUTH_ROUTES.logout}`]: () => new Response(null, { status: 204 }),
    });
    const authProvider = createAuthProvider();
    const FailingRequest = () => {
      const logoutIfAccessDenied = useLogoutIfAccessDenied();
      useEffect(() => {
        void logoutIfAccessDenied(new HttpError('Authentication is required.', 401));
      }, [logoutIfAccessDenied]);
      return null;
    };

    render(
      <CoreAdminContext authProvider={authProvider}>
        <FailingRequest />
      </CoreAdminContext>,
    );

    await waitFor(() => {
      expect(calls.some((call) => call.method === 'POST' && call.url === AUTH_ROUTES.logout)).toBe(true);
    });
  });
});

describe('authProvider.checkError after the access token expired', () => {
  const expiredError = () =>
    new HttpError('Your session token has expired.', 401, {
      statusCode: 401,
      code: 'token_expired',
      message: 'Your session token has expired.',
    });

  afterEach(() => {
    clearCookie(CSRF_COOKIE);
  });

  it('should keep the person signed in when the refresh succeeds', async () => {
    const refreshSession = vi.fn().mockResolvedValue(true);

    await expect(createAuthProvider({ refreshSession }).checkError(expiredError())).resolves.toBeUndefined();
    expect(refreshSession).toHaveBeenCalledTimes(1);
  });

  it('should log out when the refresh fails', async () => {
    const refreshSession = vi.fn().mockResolvedValue(false);

    const failure: unknown = await createAuthProvider({ refreshSession })
      .checkError(expiredError())
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(AuthError);
    expect((failure as AuthError).logoutUser).not.toBe(false);
  });

  it('should log out without refreshing again when the request already tried a refresh', async () => {
    const refreshSession = vi.fn().mockResolvedValue(true);

    await expect(
      createAuthProvider({ refreshSession }).checkError(markRefreshAttempted(expiredError())),
    ).rejects.toBeInstanceOf(AuthError);
    expect(refreshSession).not.toHaveBeenCalled();
  });

  it('should refresh through the API and stay signed in when checkAuth meets an expired token', async () => {
    setCookie(CSRF_COOKIE, 'csrf-1');
    let meCalls = 0;
    const { calls } = stubFetch({
      [`GET ${AUTH_ROUTES.me}`]: () =>
        ++meCalls === 1
          ? json(401, { statusCode: 401, code: 'token_expired', message: 'Expired.' })
          : json(200, staff),
      'POST /api/v1/auth/refresh': () => {
        setCookie(CSRF_COOKIE, 'csrf-2');
        return json(200, { expiresIn: 900 });
      },
    });

    await expect(createAuthProvider().checkAuth({})).resolves.toBeUndefined();
    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual([
      `GET ${AUTH_ROUTES.me}`,
      'POST /api/v1/auth/refresh',
      `GET ${AUTH_ROUTES.me}`,
    ]);
  });
});
