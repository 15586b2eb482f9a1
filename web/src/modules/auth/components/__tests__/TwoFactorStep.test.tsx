import { fireEvent, screen, waitFor } from '@testing-library/react';
import { LoginForm } from '@/modules/auth/components/LoginForm';
import { renderWithRouter } from '@/test/renderWithRouter';
import { apiError, json, stubFetch } from '@/test/stubFetch';

const LOGIN = 'POST /api/v1/auth/login';
const user = { id: '3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13', email: 'ann@example.com', firstName: 'Ann' };

async function passPasswordStep() {
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'ann@example.com' } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'Blue-Kettle-Moon-7' } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
  return screen.findByLabelText('Code');
}

describe('two-step sign-in', () => {
  it('should ask for a code after the password, and sign in with it', async () => {
    const { calls } = stubFetch({
      [LOGIN]: (call) =>
        (call.body as { otp?: string }).otp === '492039'
          ? json(200, { user })
          : apiError(401, 'otp_required', 'Enter the code from your authenticator app.'),
    });
    const onSuccess = vi.fn();
    await renderWithRouter(<LoginForm onSuccess={onSuccess} />);

    const code = await passPasswordStep();
    expect(screen.getByRole('heading', { name: 'Two-step sign-in' })).toBeInTheDocument();
    await waitFor(() => expect(code).toHaveFocus());
    // The "code required" answer is the next step, not a problem to show.
    expect(screen.queryByText('Enter the code from your authenticator app.')).not.toBeInTheDocument();

    fireEvent.change(code, { target: { value: '492 039' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verify and sign in' }));

    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(calls.at(-1)?.body).toEqual({
      email: 'ann@example.com',
      password: 'Blue-Kettle-Moon-7',
      otp: '492039',
    });
  });

  it('should accept a recovery code in the same field', async () => {
    const { calls } = stubFetch({
      [LOGIN]: (call) =>
        (call.body as { otp?: string }).otp
          ? json(200, { user })
          : apiError(401, 'otp_required', 'Code needed.'),
    });
    const onSuccess = vi.fn();
    await renderWithRouter(<LoginForm onSuccess={onSuccess} />);

    fireEvent.change(await passPasswordStep(), { target: { value: ' k7qf-2mzx-9rpa-4tld ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verify and sign in' }));

    await waitFor(() => expect(onSuccess).toHaveBeenCalled());
    expect((calls.at(-1)?.body as { otp: string }).otp).toBe('K7QF-2MZX-9RPA-4TLD');
  });

  it('should keep the step and explain on the field when the code is wrong', async () => {
    stubFetch({
      [LOGIN]: (call) =>
        (call.body as { otp?: string }).otp
          ? apiError(401, 'otp_invalid', 'That code is not valid.')
          : apiError(401, 'otp_required', 'Code needed.'),
    });
    const onSuccess = vi.fn();
    await renderWithRouter(<LoginForm onSuccess={onSuccess} />);

    const code = await passPasswordStep();
    fireEvent.change(code, { target: { value: '000000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verify and sign in' }));

    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    expect(code).toHaveAccessibleDescription(expect.stringContaining('That code didn’t work.'));
    expect(code).toHaveFocus();
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('should go back to the password step when asked to', async () => {
    stubFetch({ [LOGIN]: () => apiError(401, 'otp_required', 'Code needed.') });
    await renderWithRouter(<LoginForm />);

    await passPasswordStep();
    fireEvent.click(screen.getByRole('button', { name: 'Use a different account' }));

    expect(screen.getByLabelText('Email')).toHaveValue('ann@example.com');
    expect(screen.getByLabelText('Password')).toHaveValue('');
  });
});
