import { fireEvent, screen, waitFor } from '@testing-library/react';
import { LoginForm } from '@/modules/auth/components/LoginForm';
import { renderWithRouter } from '@/test/renderWithRouter';
import { apiError, stubFetch } from '@/test/stubFetch';

function fillIn(email: string, password: string) {
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
}

function submit() {
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginForm', () => {
  it('should show validation errors when submitted empty', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    await renderWithRouter(<LoginForm />);

    submit();

    const email = screen.getByLabelText('Email');
    const password = screen.getByLabelText('Password');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Enter your email address.');
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription('Enter your password.');
    expect(email).toHaveFocus();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('should show an email format error when the address has no domain', async () => {
    vi.stubGlobal('fetch', vi.fn());
    await renderWithRouter(<LoginForm />);

    fillIn('ada@', 'secret');
    submit();

    expect(screen.getByText('Enter an email address like name@example.com.')).toBeInTheDocument();
    expect(screen.queryByText('Enter your password.')).not.toBeInTheDocument();
  });

  it('should clear a validation error when the field is corrected', async () => {
    vi.stubGlobal('fetch', vi.fn());
    await renderWithRouter(<LoginForm />);
    submit();

    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'secret' } });

    expect(screen.queryByText('Enter your password.')).not.toBeInTheDocument();
    expect(screen.getByText('Enter your email address.')).toBeInTheDocument();
  });

  it('should show the server message when the server answers 401 with a JSON error', async () => {
    const { calls } = stubFetch({
      'POST /api/v1/auth/login': () => apiError(401, 'unauthorized', 'That email and password do not match.'),
    });
    const onSuccess = vi.fn();
    await renderWithRouter(<LoginForm onSuccess={onSuccess} />);

    fillIn(' ada@example.com ', 'wrong-password');
    submit();

    expect(await screen.findByText('That email and password do not match.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('That email and password do not match.');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('/api/v1/auth/login');
    expect(calls[0]?.method).toBe('POST');
    expect(calls[0]?.credentials).toBe('include');
    expect(calls[0]?.body).toEqual({ email: 'ada@example.com', password: 'wrong-password' });
    expect(onSuccess).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  });

  it('should disable the submit button when the request is pending', async () => {
    let respond: (response: Response) => void = () => undefined;
    vi.stubGlobal(
      'fetch',
      vi.fn(
        () =>
          new Promise<Response>((resolve) => {
            respond = resolve;
          }),
      ),
    );
    const onSuccess = vi.fn();
    await renderWithRouter(<LoginForm onSuccess={onSuccess} />);

    fillIn('ada@example.com', 'correct-horse');
    submit();

    const button = await screen.findByRole('button', { name: 'Signing in…' });
    expect(button).toBeDisabled();

    respond(new Response(JSON.stringify({ ok: true }), { status: 200 }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
  });

  it('should link to the forgot-password page when the person cannot remember their password', async () => {
    vi.stubGlobal('fetch', vi.fn());
    await renderWithRouter(<LoginForm />);

    expect(screen.getByRole('link', { name: 'Forgot your password?' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
  });
});
