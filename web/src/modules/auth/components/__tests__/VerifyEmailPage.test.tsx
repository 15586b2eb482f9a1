import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/test/renderApp';
import { apiError, json, stubFetch } from '@/test/stubFetch';

const TOKEN = 'verify-token-0123456789';
const VERIFY = 'POST /api/v1/auth/verify-email';

describe('VerifyEmailPage', () => {
  it('should confirm the address exactly once when the page opens', async () => {
    const { apiCalls } = stubFetch({ [VERIFY]: () => json(200, { message: 'Your email is verified.' }) });

    renderApp(`/verify-email#token=${TOKEN}`);

    expect(await screen.findByRole('heading', { name: 'Your email is confirmed' })).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/login',
    );
    expect(apiCalls()).toHaveLength(1);
    expect(apiCalls()[0]?.body).toEqual({ token: TOKEN });
  });

  it('should offer a new link when the confirmation link has expired', async () => {
    const { apiCalls } = stubFetch({
      [VERIFY]: () => apiError(400, 'token_expired', 'This link has expired. Please request a new one.'),
      'POST /api/v1/auth/resend-verification': () =>
        json(202, { message: 'If the address can receive it, an email is on its way.' }),
    });
    renderApp(`/verify-email#token=${TOKEN}`);

    expect(
      await screen.findByRole('heading', { name: 'This confirmation link has expired' }),
    ).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Your email'), { target: { value: 'ann@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send me a new link' }));

    expect(await screen.findByText(/a new link is on its way/i)).toBeInTheDocument();
    expect(apiCalls().at(-1)?.body).toEqual({ email: 'ann@example.com' });
  });

  it('should say the email is already confirmed when the link was used before', async () => {
    stubFetch({ [VERIFY]: () => apiError(400, 'token_used', 'This link has already been used.') });

    renderApp(`/verify-email#token=${TOKEN}`);

    expect(
      await screen.findByRole('heading', { name: 'Your email is already confirmed' }),
    ).toBeInTheDocument();
  });

  it('should let the person try again when the server cannot be reached', async () => {
    let attempts = 0;
    stubFetch({
      [VERIFY]: () => {
        attempts += 1;
        if (attempts === 1) {
          throw new TypeError('Failed to fetch');
        }
        return json(200, { message: 'Your email is verified.' });
      },
    });
    renderApp(`/verify-email#token=${TOKEN}`);

    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));

    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Your email is confirmed' })).toBeVisible(),
    );
    expect(attempts).toBe(2);
  });
});
