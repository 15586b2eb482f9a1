import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, stubFetch } from '../../test/fetchStub';
import { emailFixture } from '../../test/fixtures';
import { renderAdmin } from '../../test/renderAdmin';
import { APP_TESTS, SLOW } from '../../test/slow';

const failed = emailFixture({ toAddress: 'fay@example.com', subject: 'Confirm your email' });
const sent = emailFixture({
  id: 'c5a1e9d2-7f3b-4a8e-b1d6-2f9e0a4c8b72',
  toAddress: 'sol@example.com',
  status: 'sent',
  sentAt: '2026-11-25T09:00:03Z',
});

describe('EmailList', APP_TESTS, () => {
  it('should offer Retry in the row of a failed email only and queue it again when clicked', async () => {
    const { calls } = stubFetch({
      'GET /api/v1/admin/emails': () => json(200, [failed, sent], { 'Content-Range': 'emails 0-1/2' }),
      [`POST /api/v1/admin/emails/${failed.id}/retry`]: () => json(200, { ...failed, status: 'pending' }),
    });
    renderAdmin('/emails', { role: 'staff' });

    const sentRow = (await screen.findByText(sent.toAddress, {}, SLOW)).closest('tr') as HTMLElement;
    expect(within(sentRow).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    const failedRow = screen.getByText(failed.toAddress).closest('tr') as HTMLElement;
    fireEvent.click(within(failedRow).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByText('The email to fay@example.com is queued again.')).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'POST' && call.url.endsWith(`${failed.id}/retry`))).toBe(
      true,
    );
  });
});
