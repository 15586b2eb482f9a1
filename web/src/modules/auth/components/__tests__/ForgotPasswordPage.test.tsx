import { fireEvent, screen } from '@testing-library/react';
import { renderApp } from '@/test/renderApp';
import { apiError, json, stubFetch } from '@/test/stubFetch';

const FORGOT = 'POST /api/v1/auth/forgot-password';

function request(email: string) {
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: email } });
  fireEvent.click(screen.getByRole('button', { name: 'Send me a reset link' }));
}

describe('ForgotPasswordPage', () => {
  it('should say a link is on its way if the account exists when the request is accepted', async () => {
    const { apiCalls } = stubFetch({
      [FORGOT]: () => json(202, { message: 'If the address can receive it, an email is on its way.' }),
    });
    renderApp('/forgot-password');
    await screen.findByLabelText('Email');

    request(' ann@example.com ');

    expect(await screen.findByRole('heading', { name: 'Check your inbox' })).toBeInTheDocument();
    expect(screen.getByText(/if an account exists for/i)).toHaveTextContent('ann@example.com');
    expect(apiCalls()[0]?.body).toEqual({ email: 'ann@example.com' });
  });

  it('should explain the wait when too many emails were requested', async () => {
    stubFetch({
      [FORGOT]: () =>
        apiError(429, 'email_rate_limited', 'Too many emails to this address. Try again later.'),
    });
    renderApp('/forgot-password');
    await screen.findByLabelText('Email');

    request('ann@example.com');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many emails to this address. Try again later.',
    );
  });

  it('should be reachable from the sign-in page when someone forgot their password', async () => {
    stubFetch({});
    const { router } = renderApp('/login');

    fireEvent.click(await screen.findByRole('link', { name: 'Forgot your password?' }));

    expect(await screen.findByRole('heading', { name: 'Forgot your password?' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/forgot-password');
  });
});
