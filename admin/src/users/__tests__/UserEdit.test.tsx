import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, stubFetch } from '../../test/fetchStub';
import { userFixture } from '../../test/fixtures';
import { renderAdmin } from '../../test/renderAdmin';
import { APP_TESTS } from '../../test/slow';

const ann = userFixture();
const USER = `/api/v1/admin/users/${ann.id}`;
const list = () => json(200, [ann], { 'Content-Range': 'users 0-0/1' });

// Whole-app renders on a shared machine; the page also loads the client's studio.
describe('UserEdit', APP_TESTS, () => {
  it('should offer the role select when a superuser edits an account', async () => {
    stubFetch({ [`GET ${USER}`]: () => json(200, ann) });

    renderAdmin(`/users/${ann.id}`, { role: 'superuser' });

    expect(await screen.findByLabelText('First name')).toHaveValue('Ann');
    expect(screen.getByRole('combobox', { name: 'Role' })).toBeInTheDocument();
  });

  it('should not offer the role select when a staff member edits an account', async () => {
    stubFetch({ [`GET ${USER}`]: () => json(200, ann) });

    renderAdmin(`/users/${ann.id}`, { role: 'staff' });

    expect(await screen.findByLabelText('First name')).toHaveValue('Ann');
    expect(screen.queryByRole('combobox', { name: 'Role' })).not.toBeInTheDocument();
  });

  it('should save only the changed fields with a PATCH when the form is submitted', async () => {
    const { calls } = stubFetch({
      [`GET ${USER}`]: () => json(200, ann),
      [`PATCH ${USER}`]: () => json(200, { ...ann, firstName: 'Annie', isActive: false }),
      'GET /api/v1/admin/users': list,
    });
    const { currentPath } = renderAdmin(`/users/${ann.id}`, { role: 'superuser' });

    fireEvent.change(await screen.findByLabelText('First name'), { target: { value: 'Annie' } });
    fireEvent.click(screen.getByLabelText('Active'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(calls.some((call) => call.method === 'PATCH')).toBe(true));
    const patch = calls.find((call) => call.method === 'PATCH');
    expect(patch?.url).toBe(USER);
    expect(patch?.body).toEqual({ firstName: 'Annie', isActive: false });
    await waitFor(() => expect(currentPath()).toBe('/admin/users'));
  });

  it('should show the API’s reason next to the field when it refuses the change', async () => {
    // react-admin logs failed saves; the message on screen is what matters here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    stubFetch({
      [`GET ${USER}`]: () => json(200, ann),
      [`PATCH ${USER}`]: () =>
        json(409, {
          statusCode: 409,
          code: 'cannot_modify_self',
          message: 'You cannot deactivate your own account.',
          details: [{ field: 'isActive', message: 'You cannot deactivate your own account.' }],
        }),
    });
    renderAdmin(`/users/${ann.id}`, { role: 'superuser' });

    fireEvent.click(await screen.findByLabelText('Active'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('You cannot deactivate your own account.')).toBeInTheDocument();
  });

  it('should offer to resend the invitation when the account has no password yet', async () => {
    const invited = userFixture({ hasPassword: false, lastLoginAt: null });
    const { calls } = stubFetch({
      [`GET ${USER}`]: () => json(200, invited),
      [`POST ${USER}/resend-invite`]: () => json(200, { id: 'i1', email: invited.email, status: 'pending' }),
    });
    renderAdmin(`/users/${ann.id}`, { role: 'superuser' });

    fireEvent.click(await screen.findByRole('button', { name: 'Resend invitation' }));

    expect(await screen.findByText('A fresh invitation is on its way to Ann Lee.')).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'POST' && call.url === `${USER}/resend-invite`)).toBe(true);
  });
});
