import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CSRF_COOKIE, CSRF_HEADER } from '@dev-coach/frontend-api';
import { clearCookie, setCookie } from '@dev-coach/frontend-api/testing';
import { renderApp } from '@/test/renderApp';
import { apiError, json, stubFetch } from '@/test/stubFetch';

const ME = 'GET /api/v1/me';
const REFRESH = 'POST /api/v1/auth/refresh';
const user = {
  id: '3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13',
  email: 'ann@example.com',
  firstName: 'Ann',
  lastName: 'Lee',
  role: 'user',
};

describe('signed-in home (/app)', () => {
  afterEach(() => {
    clearCookie(CSRF_COOKIE);
  });

  it('should say who is signed in when the session is valid', async () => {
    stubFetch({ [ME]: () => json(200, user) });

    renderApp('/app');

    expect(await screen.findByText(/signed in as/i)).toHaveTextContent(
      'Signed in as Ann Lee (ann@example.com)',
    );
    expect(screen.getByRole('heading', { name: 'Your coach is on the way' })).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByRole('link', { name: 'Your space' })).toHaveAttribute(
      'href',
      '/app',
    );
  });

  it('should send visitors to the sign-in page when nobody is signed in', async () => {
    stubFetch({ [ME]: () => apiError(401, 'unauthorized', 'Please sign in.') });

    const { router } = renderApp('/app');

    expect(await screen.findByRole('heading', { name: 'Welcome back' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
  });

  it('should refresh the session and stay when the access token has expired', async () => {
    setCookie(CSRF_COOKIE, 'csrf-1');
    let meCalls = 0;
    const { apiCalls } = stubFetch({
      [ME]: () => (++meCalls === 1 ? apiError(401, 'token_expired', 'Expired.') : json(200, user)),
      [REFRESH]: () => {
        setCookie(CSRF_COOKIE, 'csrf-2');
        return json(200, { expiresIn: 900 });
      },
    });

    const { router } = renderApp('/app');

    expect(await screen.findByText(/signed in as/i)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/app');
    expect(apiCalls().map((call) => `${call.method} ${call.url}`)).toEqual([ME, REFRESH, ME]);
  });

  it('should sign out with the CSRF header and say so on the sign-in page when asked to', async () => {
    setCookie(CSRF_COOKIE, 'csrf-1');
    const { apiCalls } = stubFetch({
      [ME]: () => json(200, user),
      'POST /api/v1/auth/logout': () => {
        clearCookie(CSRF_COOKIE);
        return new Response(null, { status: 204 });
      },
    });
    const { router, queryClient } = renderApp('/app');

    fireEvent.click(await screen.findByRole('button', { name: 'Sign out' }));

    expect(await screen.findByText('You’re signed out. See you next time.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    const logout = apiCalls().find((call) => call.url === '/api/v1/auth/logout');
    expect(logout?.headers.get(CSRF_HEADER)).toBe('csrf-1');
    await waitFor(() => expect(queryClient.getQueryData(['auth', 'me'])).toBeUndefined());
    expect(within(screen.getByRole('banner')).getByRole('link', { name: 'Sign in' })).toBeInTheDocument();
  });
});
