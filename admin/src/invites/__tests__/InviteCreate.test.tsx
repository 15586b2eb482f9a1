import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, stubFetch } from '../../test/fetchStub';
import { inviteFixture } from '../../test/fixtures';
import { renderAdmin } from '../../test/renderAdmin';
import { APP_TESTS, SLOW } from '../../test/slow';

const LINK = 'https://coach.example.com/invite#token=Q2h1bmt5LUxlbW9uLVNreS00Mg';
const list = () => json(200, [inviteFixture()], { 'Content-Range': 'invites 0-0/1' });

const invite = async (address: string) => {
  fireEvent.change(await screen.findByLabelText(/^Email/, {}, SLOW), { target: { value: address } });
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
};

describe('InviteCreate', APP_TESTS, () => {
  it('should show the link once when the server keeps mail in the outbox', async () => {
    const { calls } = stubFetch({
      'POST /api/v1/admin/invites': () => json(201, { ...inviteFixture(), link: LINK }),
      'GET /api/v1/admin/invites': list,
      'GET /api/v1/admin/users': () => json(200, [], { 'Content-Range': 'users 0-0/0' }),
    });
    const { currentPath } = renderAdmin('/invites/create');

    await invite(' bo@example.com ');

    const dialog = await screen.findByRole('dialog', { name: 'Invitation for bo@example.com' }, SLOW);
    expect(within(dialog).getByDisplayValue(LINK)).toBeInTheDocument();
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      email: 'bo@example.com',
      role: 'user',
    });

    fireEvent.click(within(dialog).getByRole('button', { name: 'I’ve passed it on' }));

    await waitFor(() => expect(currentPath()).toBe('/admin/invites'));
    expect(await screen.findByText('Invitation sent to bo@example.com.', {}, SLOW)).toBeInTheDocument();
    expect(screen.queryByDisplayValue(LINK)).not.toBeInTheDocument();
  });

  it('should go straight back to the list when the email really went out', async () => {
    stubFetch({
      'POST /api/v1/admin/invites': () => json(201, inviteFixture()),
      'GET /api/v1/admin/invites': list,
      'GET /api/v1/admin/users': () => json(200, [], { 'Content-Range': 'users 0-0/0' }),
    });
    const { currentPath } = renderAdmin('/invites/create');

    await invite('bo@example.com');

    await waitFor(() => expect(currentPath()).toBe('/admin/invites'), SLOW);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('should show the API’s reason next to the address when it refuses', async () => {
    stubFetch({
      'POST /api/v1/admin/invites': () =>
        json(409, {
          statusCode: 409,
          code: 'invite_pending',
          message: 'This address already has an open invite; resend it instead.',
          details: [{ field: 'email', message: 'already invited' }],
        }),
    });
    renderAdmin('/invites/create');

    await invite('bo@example.com');

    expect(await screen.findByText('already invited', {}, SLOW)).toBeInTheDocument();
  });
});
