import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { App } from '../../App';
import { ADMIN_BASENAME } from '../../config';
import { AUTH_ROUTES, createAuthProvider } from '../../providers/authProvider';
import { createDataProvider } from '../../providers/dataProvider';
import { json, stubFetch } from '../../test/fetchStub';
import { APP_TESTS, SLOW } from '../../test/slow';

const staff = {
  id: '6f1c1d4e-0000-4000-8000-000000000001',
  email: 'ada@devcoach.test',
  firstName: 'Ada',
  lastName: 'Lovelace',
  role: 'staff',
};
const unauthorized = () =>
  json(401, { statusCode: 401, code: 'unauthorized', message: 'Authentication is required.' });
const otpRequired = () =>
  json(401, {
    statusCode: 401,
    code: 'otp_required',
    message: 'Enter the code from your authenticator app.',
    details: [{ field: 'otp', message: 'required' }],
  });

/** The real app and providers, signed out, at /admin/login. */
const renderLogin = () => {
  const router = createMemoryRouter(
    [
      {
        path: `${ADMIN_BASENAME}/*`,
        element: <App authProvider={createAuthProvider()} dataProvider={createDataProvider()} />,
      },
    ],
    { initialEntries: [`${ADMIN_BASENAME}/login`] },
  );
  return render(<RouterProvider router={router} />);
};

const signIn = async (password = 'Tall-Lantern-River-93!') => {
  fireEvent.change(await screen.findByLabelText(/Email/, {}, SLOW), { target: { value: staff.email } });
  fireEvent.change(screen.getByLabelText(/Password/), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
};

describe('LoginPage', APP_TESTS, () => {
  it('should ask for the authenticator code and send it with the password when the account has 2FA', async () => {
    let signedIn = false;
    const { calls } = stubFetch({
      [`GET ${AUTH_ROUTES.me}`]: () => (signedIn ? json(200, staff) : unauthorized()),
      [`POST ${AUTH_ROUTES.login}`]: (call) => {
        if (!(call.body as { otp?: string }).otp) {
          return otpRequired();
        }
        signedIn = true;
        return json(200, { user: staff });
      },
      'GET /health/ready': () => json(200, { status: 'ok', checks: {} }),
    });
    renderLogin();

    await signIn();
    const code = await screen.findByLabelText(/Authentication code/, {}, SLOW);
    expect(screen.getByText(/uses two-step sign-in/)).toBeInTheDocument();
    fireEvent.change(code, { target: { value: 'ABCD-EFGH-JKLM-NPQR' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verify and sign in' }));

    await waitFor(() => expect(signedIn).toBe(true), SLOW);
    const logins = calls.filter((call) => call.url === AUTH_ROUTES.login);
    expect(logins.map((call) => call.body)).toEqual([
      { email: staff.email, password: 'Tall-Lantern-River-93!' },
      { email: staff.email, password: 'Tall-Lantern-River-93!', otp: 'ABCD-EFGH-JKLM-NPQR' },
    ]);
  });

  it('should say so next to the code field when the code is wrong', async () => {
    stubFetch({
      [`GET ${AUTH_ROUTES.me}`]: unauthorized,
      [`POST ${AUTH_ROUTES.login}`]: (call) =>
        (call.body as { otp?: string }).otp
          ? json(401, {
              statusCode: 401,
              code: 'otp_invalid',
              message: 'That code is not valid. Please try again.',
              details: [{ field: 'otp', message: 'invalid' }],
            })
          : otpRequired(),
    });
    renderLogin();

    await signIn();
    fireEvent.change(await screen.findByLabelText(/Authentication code/, {}, SLOW), {
      target: { value: '123456' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Verify and sign in' }));

    expect(await screen.findByText(/That code didn’t work/, {}, SLOW)).toBeInTheDocument();
  });
});
