import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CSRF_COOKIE } from '@dev-coach/frontend-api';
import { clearCookie, setCookie } from '@dev-coach/frontend-api/testing';
import { renderApp } from '@/test/renderApp';
import { apiError, json, stubFetch } from '@/test/stubFetch';

const ME = 'GET /api/v1/me';
const LOGIN = 'POST /api/v1/auth/login';
const user = {
  id: '3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13',
  email: 'ann@example.com',
  firstName: 'Ann',
  lastName: 'Lee',
  role: 'user',
  timezone: 'Europe/Berlin',
  memoryEnabled: true,
  twoFactorEnabled: false,
};
const notSignedIn = () => apiError(401, 'unauthorized', 'Please sign in.');

function signIn() {
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'ann@example.com' } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'Blue-Kettle-Moon-7' } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

// Whole-app tests load lazily split pages; give a busy machine room.
describe('signed-in pages guard', { timeout: 20_000 }, () => {
  afterEach(() => {
    clearCookie(CSRF_COOKIE);
  });

  it('should send a signed-out visitor to sign in, then back to the page they asked for', async () => {
    stubFetch({
      [ME]: notSignedIn,
      [LOGIN]: () => json(200, { user }),
      'GET /api/v1/notes': () => json(200, []),
    });

    const { router } = renderApp('/app/memory');

    expect(
      await screen.findByRole('heading', { name: 'Welcome back' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toMatchObject({ redirect: '/app/memory' });

    signIn();

    expect(
      await screen.findByRole('heading', { name: 'What your coach remembers' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/app/memory');
  });

  it('should ignore a redirect to another site after signing in', async () => {
    stubFetch({ [ME]: notSignedIn, [LOGIN]: () => json(200, { user }) });

    const { router } = renderApp('/login?redirect=%2F%2Fevil.example%2Fapp');
    await screen.findByRole('heading', { name: 'Welcome back' }, { timeout: 5000 });
    signIn();

    await waitFor(() => expect(router.state.location.pathname).toBe('/app'));
    expect(router.state.location.href).not.toContain('evil');
  });

  it('should take a signed-in visitor to /login straight to the app', async () => {
    setCookie(CSRF_COOKIE, 'csrf-1');
    stubFetch({ [ME]: () => json(200, user) });

    const { router } = renderApp('/login');

    await waitFor(() => expect(router.state.location.pathname).toBe('/app'));
    expect(screen.queryByRole('link', { name: 'Sign in' })).not.toBeInTheDocument();
  });

  it('should hold a person without a first name at onboarding, whatever page they open', async () => {
    stubFetch({ [ME]: () => json(200, { ...user, firstName: '' }) });

    const { router } = renderApp('/app/identities');

    expect(
      await screen.findByRole('heading', { name: 'Nice to meet you' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/app/welcome');
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
  });

  it('should name the five destinations and mark the current one', async () => {
    stubFetch({ [ME]: () => json(200, user), 'GET /api/v1/notes': () => json(200, []) });

    renderApp('/app/memory');

    await screen.findByRole('heading', { name: 'What your coach remembers' }, { timeout: 5000 });
    const [sidebar] = screen.getAllByRole('navigation', { name: 'Main' });
    const links = within(sidebar).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Chat',
      'Identities',
      'Studio: Pictures of who you are becoming',
      'Memory: What your coach remembers',
      'Account',
    ]);
    expect(within(sidebar).getByRole('link', { name: /^Memory/ })).toHaveAttribute('aria-current', 'page');
    expect(within(sidebar).getByRole('link', { name: 'Chat' })).not.toHaveAttribute('aria-current');
  });
});
