import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, stubFetch } from '../../test/fetchStub';
import { renderAdmin } from '../../test/renderAdmin';
import { APP_TESTS, SLOW } from '../../test/slow';
import { safetyEventFixture } from './safetyEventFixture';

describe('SafetyEventList', APP_TESTS, () => {
  it('should ask for open events first and show the client and the message', async () => {
    const event = safetyEventFixture();
    const { calls } = stubFetch({
      'GET /api/v1/admin/safety-events': () => json(200, [event], { 'Content-Range': 'safety-events 0-0/1' }),
    });

    renderAdmin('/safety-events', { role: 'staff' });

    expect(await screen.findByText(event.messageText, {}, SLOW)).toBeInTheDocument();
    expect(screen.getByText('Ann Lee')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Safety events' })).toBeInTheDocument();
    const url = new URL(calls[0]?.url ?? '', 'http://localhost');
    expect(url.searchParams.get('sort')).toBe('["status","ASC"]');
  });
});
