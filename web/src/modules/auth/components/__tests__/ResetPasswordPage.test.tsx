import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderApp } from '@/test/renderApp';
import { apiError, json, stubFetch } from '@/test/stubFetch';

const TOKEN = 'reset-token-0123456789';
const RESET = 'POST /api/v1/auth/reset-password';

function choose(password: string, confirm = password) {
  fireEvent.change(screen.getByLabelText('New password'), { target: { value: password } });
  fireEvent.change(screen.getByLabelText('Confirm password'), { target: { value: confirm } });
  fireEvent.click(screen.getByRole('button', { name: 'Save my new password' }));
}

// Whole-app tests load lazily split pages; give a busy machine room.
describe('ResetPasswordPage', { timeout: 20_000 }, () => {
  it('should go to sign-in with a confirmation when the new password is saved', async () => {
    const { apiCalls } = stubFetch({
      [RESET]: () => json(200, { message: 'Your password has been reset.' }),
    });
    const { router } = renderApp(`/reset-password#token=${TOKEN}`);
    await screen.findByLabelText('New password');

    choose('Blue-Kettle-Moon-7');

    expect(
      await screen.findByText(
        'Your new password is saved. Sign in with it to carry on.',
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(apiCalls()[0]?.body).toEqual({ token: TOKEN, password: 'Blue-Kettle-Moon-7' });
  });

  it('should show the server’s reason inline when the password is too weak', async () => {
    stubFetch({
      [RESET]: () =>
        apiError(400, 'password_too_weak', 'The password must not contain your email address.', [
          { field: 'password', message: 'The password must not contain your email address.' },
        ]),
    });
    renderApp(`/reset-password#token=${TOKEN}`);
    await screen.findByLabelText('New password');

    choose('ann@example.com-2026');

    await waitFor(() =>
      expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(
        expect.stringContaining('The password must not contain your email address.'),
      ),
    );
  });

  it('should ask for a password of at least ten characters before sending', async () => {
    const { apiCalls } = stubFetch({});
    renderApp(`/reset-password#token=${TOKEN}`);
    await screen.findByLabelText('New password');

    choose('short');

    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(
      expect.stringContaining('Use at least 10 characters.'),
    );
    expect(apiCalls()).toEqual([]);
  });

  it('should offer a new link when the reset link has expired', async () => {
    stubFetch({
      [RESET]: () => apiError(400, 'token_expired', 'This link has expired. Please request a new one.'),
    });
    renderApp(`/reset-password#token=${TOKEN}`);
    await screen.findByLabelText('New password');

    choose('Blue-Kettle-Moon-7');

    expect(await screen.findByRole('heading', { name: 'This reset link has expired' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
  });
});
