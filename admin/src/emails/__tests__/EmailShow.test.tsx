import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, stubFetch } from '../../test/fetchStub';
import { emailFixture } from '../../test/fixtures';
import { renderAdmin } from '../../test/renderAdmin';

describe('EmailShow', () => {
  it('should preview the HTML in a fully sandboxed frame', async () => {
    const email = emailFixture();
    stubFetch({ [`GET /api/v1/admin/emails/${email.id}`]: () => json(200, email) });

    renderAdmin(`/emails/${email.id}/show`, { role: 'staff' });

    const frame = await screen.findByTitle('Preview of “You are invited to Dev Coach”');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame).toHaveAttribute('sandbox', '');
    expect(frame).toHaveAttribute('srcdoc', email.html);
  });

  it('should queue a failed email again when Retry is clicked', async () => {
    const email = emailFixture({ status: 'failed' });
    const { calls } = stubFetch({
      [`GET /api/v1/admin/emails/${email.id}`]: () => json(200, email),
      [`POST /api/v1/admin/emails/${email.id}/retry`]: () => json(200, { ...email, status: 'pending' }),
    });
    renderAdmin(`/emails/${email.id}/show`, { role: 'staff' });

    fireEvent.click(await screen.findByRole('button', { name: 'Retry' }));

    expect(await screen.findByText('The email to ann@example.com is queued again.')).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'POST' && call.url.endsWith('/retry'))).toBe(true);
  });

  it('should not offer a retry when the email went out', async () => {
    const email = emailFixture({
      status: 'logged',
      attempts: 1,
      lastError: null,
      sentAt: '2026-11-25T09:00:03Z',
    });
    stubFetch({ [`GET /api/v1/admin/emails/${email.id}`]: () => json(200, email) });

    renderAdmin(`/emails/${email.id}/show`, { role: 'staff' });

    expect(await screen.findByRole('button', { name: 'Retry' })).toBeDisabled();
  });
});
