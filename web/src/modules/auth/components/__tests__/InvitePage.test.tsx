import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/test/renderApp';
import { apiError, json, stubFetch } from '@/test/stubFetch';

const TOKEN = 'invite-token-0123456789';
const PREVIEW = `GET /api/v1/auth/invites/${TOKEN}`;
const ACCEPT = 'POST /api/v1/auth/invites/accept';
const user = {
  id: '3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13',
  email: 'ann@example.com',
  firstName: 'Ann',
  lastName: 'Lee',
  role: 'user',
};

interface Answers {
  first?: string;
  last?: string;
  password?: string;
  confirm?: string;
}

function fillIn({ first = 'Ann', last = 'Lee', password = 'Blue-Kettle-Moon-7', confirm }: Answers = {}) {
  fireEvent.change(screen.getByLabelText('First name'), { target: { value: first } });
  fireEvent.change(screen.getByLabelText('Last name'), { target: { value: last } });
  fireEvent.change(screen.getByLabelText('Choose a password'), { target: { value: password } });
  fireEvent.change(screen.getByLabelText('Confirm password'), { target: { value: confirm ?? password } });
}

function submit() {
  fireEvent.click(screen.getByRole('button', { name: 'Create my account' }));
}

describe('InvitePage', () => {
  it('should show who the invitation is for when the link is valid', async () => {
    stubFetch({
      [PREVIEW]: () => json(200, { email: 'ann@example.com', expiresAt: '2026-12-02T09:00:00.000Z' }),
    });

    renderApp(`/invite#token=${TOKEN}`);

    // The first test pays for loading the lazily split page.
    expect(
      await screen.findByRole('heading', { name: 'Welcome to Dev Coach' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByText('ann@example.com')).toBeInTheDocument();
    expect(screen.getByText(/this invitation is open until/i)).toBeInTheDocument();
  });

  it('should explain the link has expired when the preview answers token_expired', async () => {
    stubFetch({
      [PREVIEW]: () => apiError(400, 'token_expired', 'This link has expired. Please request a new one.'),
    });

    renderApp(`/invite#token=${TOKEN}`);

    expect(await screen.findByRole('heading', { name: 'This invitation has expired' })).toBeInTheDocument();
    expect(screen.queryByLabelText('First name')).not.toBeInTheDocument();
  });

  it('should offer to sign in when the invitation was already accepted', async () => {
    stubFetch({ [PREVIEW]: () => apiError(400, 'token_used', 'This link has already been used.') });

    renderApp(`/invite#token=${TOKEN}`);

    expect(
      await screen.findByRole('heading', { name: 'This invitation has already been accepted' }),
    ).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/login',
    );
  });

  it('should say the link is incomplete without asking the server when the URL has no token', async () => {
    const { apiCalls } = stubFetch({});

    renderApp('/invite');

    expect(
      await screen.findByRole('heading', { name: 'This invitation link is incomplete' }),
    ).toBeInTheDocument();
    expect(apiCalls()).toEqual([]);
  });

  it('should check the passwords match before sending anything when they differ', async () => {
    const { apiCalls } = stubFetch({
      [PREVIEW]: () => json(200, { email: 'ann@example.com', expiresAt: '2026-12-02T09:00:00.000Z' }),
    });
    renderApp(`/invite#token=${TOKEN}`);
    await screen.findByLabelText('First name');

    fillIn({ confirm: 'Blue-Kettle-Moon-8' });
    submit();

    expect(screen.getByLabelText('Confirm password')).toHaveAccessibleDescription(
      'The two passwords don’t match yet.',
    );
    expect(apiCalls().filter((call) => call.method === 'POST')).toEqual([]);
  });

  it('should show the server’s reason on the password field when the API finds it too weak', async () => {
    stubFetch({
      [PREVIEW]: () => json(200, { email: 'ann@example.com', expiresAt: '2026-12-02T09:00:00.000Z' }),
      [ACCEPT]: () =>
        apiError(400, 'password_too_weak', 'This password is too common.', [
          { field: 'password', message: 'This password is too common.' },
        ]),
    });
    renderApp(`/invite#token=${TOKEN}`);
    await screen.findByLabelText('First name');

    fillIn({ password: 'password123' });
    submit();

    const password = screen.getByLabelText('Choose a password');
    await waitFor(() => expect(password).toHaveAttribute('aria-invalid', 'true'));
    expect(password).toHaveAccessibleDescription(expect.stringContaining('This password is too common.'));
    expect(password).toHaveFocus();
    // Shown once, on the field, not repeated in a banner above the form.
    expect(screen.getAllByText('This password is too common.')).toHaveLength(1);
  });

  it('should go straight to onboarding, then to the chat, when the invitation is accepted', async () => {
    const timezone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const { apiCalls } = stubFetch({
      [PREVIEW]: () => json(200, { email: 'ann@example.com', expiresAt: '2026-12-02T09:00:00.000Z' }),
      [ACCEPT]: () => json(201, { user }),
      'PATCH /api/v1/me': () => json(200, { ...user, timezone }),
    });
    const { router } = renderApp(`/invite#token=${TOKEN}`);
    await screen.findByLabelText('First name');

    fillIn({ first: ' Ann ' });
    submit();

    expect(await screen.findByRole('heading', { name: 'Nice to meet you, Ann' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/app/welcome');
    expect(screen.getByLabelText('First name')).toHaveValue('Ann');
    expect(screen.getByLabelText('Time zone')).toHaveValue(timezone);
    const accept = apiCalls().find((call) => call.method === 'POST');
    expect(accept?.body).toEqual({
      token: TOKEN,
      firstName: 'Ann',
      lastName: 'Lee',
      password: 'Blue-Kettle-Moon-7',
    });
    // The accept answer already says who signed in: no extra /me round trip.
    expect(apiCalls().some((call) => call.url === '/api/v1/me')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Start coaching' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/app'));
    expect(apiCalls().find((call) => call.method === 'PATCH')?.body).toEqual({ firstName: 'Ann', timezone });
  });

  it('should switch to the expired message when the link expires before the form is sent', async () => {
    stubFetch({
      [PREVIEW]: () => json(200, { email: 'ann@example.com', expiresAt: '2026-12-02T09:00:00.000Z' }),
      [ACCEPT]: () =>
        apiError(400, 'token_expired', 'This link has expired. Please request a new one.', [
          { field: 'token', message: 'This link has expired. Please request a new one.' },
        ]),
    });
    renderApp(`/invite#token=${TOKEN}`);
    await screen.findByLabelText('First name');

    fillIn();
    submit();

    const heading = await screen.findByRole('heading', { name: 'This invitation has expired' });
    await waitFor(() => expect(heading).toHaveFocus());
  });
});
