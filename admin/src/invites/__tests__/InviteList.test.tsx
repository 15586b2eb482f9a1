import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, stubFetch } from '../../test/fetchStub';
import { inviteFixture } from '../../test/fixtures';
import { renderAdmin } from '../../test/renderAdmin';
import { APP_TESTS, SLOW } from '../../test/slow';

const pending = inviteFixture();
const accepted = inviteFixture({
  id: '7a1b2c3d-0000-4000-8000-000000000002',
  email: 'cy@example.com',
  status: 'accepted',
  acceptedAt: '2026-11-26T09:00:00.000Z',
});
const revoked = inviteFixture({
  id: '7a1b2c3d-0000-4000-8000-000000000003',
  email: 'di@example.com',
  status: 'revoked',
  revokedAt: '2026-11-27T09:00:00.000Z',
});
const list = () => json(200, [pending, accepted, revoked], { 'Content-Range': 'invites 0-2/3' });
// The inviter column looks the inviting staff members up.
const inviters = () => json(200, [], { 'Content-Range': 'users 0-0/0' });

describe('InviteList', APP_TESTS, () => {
  it('should send a fresh link and say so when Resend is clicked', async () => {
    const { calls } = stubFetch({
      'GET /api/v1/admin/invites': list,
      'GET /api/v1/admin/users': inviters,
      [`POST /api/v1/admin/invites/${pending.id}/resend`]: () => json(200, pending),
    });
    renderAdmin('/invites');

    const row = (await screen.findByText(pending.email, {}, SLOW)).closest('tr') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: 'Resend' }));

    expect(
      await screen.findByText(
        'A fresh invitation is on its way to bo@example.com. The old link no longer works.',
      ),
    ).toBeInTheDocument();
    expect(calls.some((call) => call.url === `/api/v1/admin/invites/${pending.id}/resend`)).toBe(true);
  });

  it('should offer neither resend nor revoke when the invite was accepted', async () => {
    stubFetch({ 'GET /api/v1/admin/invites': list, 'GET /api/v1/admin/users': inviters });
    renderAdmin('/invites');

    const row = (await screen.findByText(accepted.email, {}, SLOW)).closest('tr') as HTMLElement;

    expect(within(row).getByText('Accepted')).toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: 'Resend' })).not.toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: 'Revoke' })).not.toBeInTheDocument();
  });

  it('should mark a revoked invite and offer no actions on it when it was revoked', async () => {
    stubFetch({ 'GET /api/v1/admin/invites': list, 'GET /api/v1/admin/users': inviters });
    renderAdmin('/invites');

    const row = (await screen.findByText(revoked.email, {}, SLOW)).closest('tr') as HTMLElement;

    expect(within(row).getByText('Revoked')).toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: 'Resend' })).not.toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: 'Revoke' })).not.toBeInTheDocument();
  });

  it('should revoke after confirmation when Revoke is clicked', async () => {
    const { calls } = stubFetch({
      'GET /api/v1/admin/invites': list,
      'GET /api/v1/admin/users': inviters,
      [`DELETE /api/v1/admin/invites/${pending.id}`]: () => json(200, pending),
    });
    renderAdmin('/invites');

    const row = (await screen.findByText(pending.email, {}, SLOW)).closest('tr') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: 'Revoke' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke the invitation for bo@example.com?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    expect(await screen.findByText('Invitation revoked')).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'DELETE')).toBe(true);
  });
});
