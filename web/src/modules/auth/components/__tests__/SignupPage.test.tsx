import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderApp } from '@/test/renderApp';
import { apiError, json, stubFetch } from '@/test/stubFetch';

const REGISTER = 'POST /api/v1/auth/register';
const OPTIONS = 'GET /api/v1/auth/options';

describe('open sign-up', { timeout: 20_000 }, () => {
  it('should offer the form when the server allows sign-up, then ask the person to check their email', async () => {
    const { apiCalls } = stubFetch({
      [OPTIONS]: () => json(200, { signupMode: 'open', coach: 'demo' }),
      [REGISTER]: () => json(202, { message: 'Check your email.' }),
    });
    const { router } = renderApp('/signup');

    fireEvent.change(await screen.findByLabelText('First name', {}, { timeout: 5000 }), {
      target: { value: 'Ann' },
    });
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: ' ann@example.com ' } });
    fireEvent.change(screen.getByLabelText('Choose a password'), { target: { value: 'Blue-Kettle-Moon-7' } });
    fireEvent.change(screen.getByLabelText('Confirm password'), { target: { value: 'Blue-Kettle-Moon-7' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create my account' }));

    expect(
      await screen.findByRole('heading', { name: 'Check your email' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/signup/check-email');
    expect(
      apiCalls()
        .filter((call) => call.body !== undefined)
        .map((call) => call.body),
    ).toEqual([{ firstName: 'Ann', lastName: '', email: 'ann@example.com', password: 'Blue-Kettle-Moon-7' }]);
  });

  it('should say joining is by invitation when the server is invite-only', async () => {
    stubFetch({ [OPTIONS]: () => json(200, { signupMode: 'invite', coach: 'model' }) });

    renderApp('/signup');

    expect(
      await screen.findByRole('heading', { name: 'Joining is by invitation' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('Email')).not.toBeInTheDocument();
  });

  it('should link to sign-up from the sign-in page only in open mode', async () => {
    stubFetch({
      [OPTIONS]: () => json(200, { signupMode: 'open', coach: 'demo' }),
      'GET /api/v1/me': () => apiError(401, 'unauthorized', 'Sign in.'),
    });

    renderApp('/login');

    await waitFor(
      () =>
        expect(screen.getByRole('link', { name: 'Create an account' })).toHaveAttribute('href', '/signup'),
      {
        timeout: 5000,
      },
    );
  });
});
