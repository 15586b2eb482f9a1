import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, stubFetch } from '../../test/fetchStub';
import { auditEventFixture, userFixture } from '../../test/fixtures';
import { renderAdmin } from '../../test/renderAdmin';
import { APP_TESTS, SLOW } from '../../test/slow';

describe('AuditLogList', APP_TESTS, () => {
  it('should list events and show their details when a row is expanded', async () => {
    const event = auditEventFixture();
    const { calls } = stubFetch({
      'GET /api/v1/admin/audit-log': () => json(200, [event], { 'Content-Range': 'audit-log 0-0/1' }),
    });
    renderAdmin('/audit-log', { role: 'staff' });

    fireEvent.click(await screen.findByText('user.role_changed', {}, SLOW));

    expect(await screen.findByText(/"to": "staff"/)).toBeInTheDocument();
    expect(screen.getByText('Mozilla/5.0 (X11; Linux x86_64)')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /create/i })).not.toBeInTheDocument();
    const listCall = calls.find((call) => call.url.startsWith('/api/v1/admin/audit-log?'));
    expect(decodeURIComponent(listCall?.url ?? '')).toContain('sort=["createdAt","DESC"]');
  });

  it('should name the acting account when the event only records its id', async () => {
    const admin = userFixture({ id: '3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13', email: 'admin@devcoach.local' });
    const event = auditEventFixture({ action: 'invite.created', actorEmail: null, actorId: admin.id });
    stubFetch({
      'GET /api/v1/admin/audit-log': () => json(200, [event], { 'Content-Range': 'audit-log 0-0/1' }),
      'GET /api/v1/admin/users': () => json(200, [admin], { 'Content-Range': 'users 0-0/1' }),
    });

    renderAdmin('/audit-log', { role: 'staff' });

    expect(await screen.findByText('admin@devcoach.local', {}, SLOW)).toBeInTheDocument();
  });
});
