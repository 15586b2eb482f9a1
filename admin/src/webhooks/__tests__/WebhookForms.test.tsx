import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, stubFetch } from '../../test/fetchStub';
import { renderAdmin } from '../../test/renderAdmin';
import { APP_TESTS, SLOW } from '../../test/slow';
import type { WebhookEndpoint } from '../types';

const ID = '4b1e7c3a-9d2f-4e8a-b6c5-1f0a2d3e4c5b';
const SECRET = 'whsec_Qm7vN2xL9pR4tK8bW3cZ6dF1gH5jS0aY';
const URL = 'https://ops.example.com/hooks/devcoach';

const endpoint: WebhookEndpoint = {
  id: ID,
  url: URL,
  events: ['invite.accepted'],
  enabled: true,
  consecutiveFailures: 0,
  disabledAt: null,
  previousSecretExpiresAt: null,
  createdAt: '2026-11-25T09:00:00.000Z',
};

describe('Webhook forms', APP_TESTS, () => {
  it('should register a receiver with its events and show its secret once', async () => {
    const { calls } = stubFetch({
      'POST /api/v1/admin/webhooks': () =>
        json(201, { ...endpoint, events: ['invite.accepted', 'turn.failed'], secret: SECRET }),
    });
    renderAdmin('/webhooks/create');

    fireEvent.change(await screen.findByLabelText(/^Receiver URL/, {}, SLOW), {
      target: { value: ` ${URL} ` },
    });
    fireEvent.click(screen.getByLabelText('Invite accepted'));
    fireEvent.click(screen.getByLabelText('Turn failed'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    const dialog = await screen.findByRole('dialog', {}, SLOW);
    expect(within(dialog).getByDisplayValue(SECRET)).toBeInTheDocument();
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      url: URL,
      events: ['invite.accepted', 'turn.failed'],
    });
  });

  it('should show the API’s reason next to the URL when it refuses the receiver', async () => {
    // react-admin logs failed saves; the message on screen is what matters here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    stubFetch({
      'POST /api/v1/admin/webhooks': () =>
        json(400, {
          statusCode: 400,
          code: 'validation_failed',
          message: 'Validation failed',
          details: [{ field: 'url', message: 'Private addresses are not allowed.' }],
        }),
    });
    renderAdmin('/webhooks/create');

    fireEvent.change(await screen.findByLabelText(/^Receiver URL/, {}, SLOW), {
      target: { value: 'https://10.0.0.5/hook' },
    });
    fireEvent.click(screen.getByLabelText('Invite accepted'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Private addresses are not allowed.', {}, SLOW)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('should edit the same URL and events a receiver was registered with', async () => {
    const { calls } = stubFetch({
      [`GET /api/v1/admin/webhooks/${ID}`]: () => json(200, endpoint),
      [`PATCH /api/v1/admin/webhooks/${ID}`]: () =>
        json(200, { ...endpoint, events: ['invite.accepted', 'turn.failed'] }),
    });
    renderAdmin(`/webhooks/${ID}`);

    expect(await screen.findByLabelText(/^Receiver URL/, {}, SLOW)).toHaveValue(URL);
    expect(screen.getByLabelText('Invite accepted')).toBeChecked();
    fireEvent.click(screen.getByLabelText('Turn failed'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(calls.some((call) => call.method === 'PATCH')).toBe(true), SLOW);
    expect(calls.find((call) => call.method === 'PATCH')?.body).toEqual({
      events: ['invite.accepted', 'turn.failed'],
    });
  });
});
