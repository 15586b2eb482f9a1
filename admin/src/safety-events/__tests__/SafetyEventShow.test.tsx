import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, stubFetch } from '../../test/fetchStub';
import { renderAdmin } from '../../test/renderAdmin';
import { APP_TESTS, SLOW } from '../../test/slow';
import { safetyEventFixture } from './safetyEventFixture';

describe('SafetyEventShow', APP_TESTS, () => {
  it('should show the flagged message between what came before and after at the alert email’s URL', async () => {
    const event = safetyEventFixture();
    stubFetch({ [`GET /api/v1/admin/safety-events/${event.id}`]: () => json(200, event) });

    renderAdmin(`/safety-events/${event.id}/show`, { role: 'staff' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Safety event: Ann Lee' }, SLOW),
    ).toBeInTheDocument();
    const conversation = screen.getByRole('region', { name: 'The conversation' });
    const messages = within(conversation)
      .getAllByRole('listitem')
      .map((item) => item.textContent ?? '');
    expect(messages).toHaveLength(4);
    expect(messages[1]).toContain('Rough, honestly.');
    expect(messages[2]).toContain('flagged message');
    expect(messages[2]).toContain(event.messageText);
    expect(messages[3]).toContain('You deserve support');
    expect(screen.getByText('“dont want to be here”')).toBeInTheDocument();
  });

  it('should say the words were removed when retention blanked a long-resolved event', async () => {
    const event = safetyEventFixture({
      status: 'resolved',
      messageText: '',
      resolutionNote: 'Called Ann; she is safe.',
      resolvedBy: 'f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e0f',
      resolvedAt: '2026-09-01T10:00:00.000Z',
    });
    event.context.recentMessages = [];
    event.context.followingMessages = [];
    stubFetch({
      [`GET /api/v1/admin/safety-events/${event.id}`]: () => json(200, event),
      'GET /api/v1/admin/users': () => json(200, [], { 'Content-Range': 'users 0-0/0' }),
    });

    renderAdmin(`/safety-events/${event.id}/show`, { role: 'staff' });

    const conversation = await screen.findByRole('region', { name: 'The conversation' }, SLOW);
    const [flagged] = within(conversation).getAllByRole('listitem');
    expect(flagged?.textContent).toContain(
      'Words removed: resolved longer ago than the transcript retention period',
    );
  });

  it('should resolve the event with the note and show who resolved it afterwards', async () => {
    const open = safetyEventFixture();
    const resolved = safetyEventFixture({
      status: 'resolved',
      resolutionNote: 'Called Ann; she is safe.',
      resolvedBy: 'f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e0f',
      resolvedAt: '2026-11-25T10:00:00.000Z',
    });
    let current = open;
    const { calls } = stubFetch({
      [`GET /api/v1/admin/safety-events/${open.id}`]: () => json(200, current),
      [`POST /api/v1/admin/safety-events/${open.id}/resolve`]: () => {
        current = resolved;
        return json(200, resolved);
      },
      'GET /api/v1/admin/users': () => json(200, [], { 'Content-Range': 'users 0-0/0' }),
    });
    renderAdmin(`/safety-events/${open.id}/show`, { role: 'staff' });

    fireEvent.change(await screen.findByLabelText(/What was done/, {}, SLOW), {
      target: { value: '  Called Ann; she is safe.  ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Resolve' }));

    expect(
      await screen.findByText('Event resolved. Thank you for looking after this.', {}, SLOW),
    ).toBeInTheDocument();
    const post = calls.find((call) => call.method === 'POST');
    expect(post?.body).toEqual({ note: 'Called Ann; she is safe.' });
    expect(await screen.findByText('Someone has looked after this.', {}, SLOW)).toBeInTheDocument();
    expect(screen.getByText('Called Ann; she is safe.')).toBeInTheDocument();
  });

  it('should show the API’s message next to the note when it refuses it', async () => {
    const event = safetyEventFixture();
    stubFetch({
      [`GET /api/v1/admin/safety-events/${event.id}`]: () => json(200, event),
      [`POST /api/v1/admin/safety-events/${event.id}/resolve`]: () =>
        json(400, {
          statusCode: 400,
          code: 'validation_failed',
          message: 'Validation failed',
          details: [{ field: 'note', message: 'note must be shorter than or equal to 2000 characters' }],
        }),
    });
    renderAdmin(`/safety-events/${event.id}/show`, { role: 'staff' });

    fireEvent.change(await screen.findByLabelText(/What was done/, {}, SLOW), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Resolve' }));

    expect(
      await screen.findByText('note must be shorter than or equal to 2000 characters', {}, SLOW),
    ).toBeInTheDocument();
  });
});
