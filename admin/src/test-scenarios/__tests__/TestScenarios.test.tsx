import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, stubFetch } from '../../test/fetchStub';
import { userFixture } from '../../test/fixtures';
import { renderAdmin } from '../../test/renderAdmin';
import { EXAMPLE_DOCUMENT, type TestScenario } from '../types';

const SCENARIO_ID = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const TEST_USER_ID = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const scenario: TestScenario = {
  id: SCENARIO_ID,
  name: EXAMPLE_DOCUMENT.name,
  description: '',
  profile: EXAMPLE_DOCUMENT.profile,
  state: EXAMPLE_DOCUMENT.state,
  identities: EXAMPLE_DOCUMENT.identities ?? [],
  notes: EXAMPLE_DOCUMENT.notes ?? [],
  messages: EXAMPLE_DOCUMENT.messages ?? [],
  testUsers: [],
  createdById: null,
  createdAt: '2026-12-04T10:00:00.000Z',
  updatedAt: '2026-12-04T10:00:00.000Z',
};
const empty = (resource: string) => () => json(200, [], { 'Content-Range': `${resource} 0-0/0` });

describe('test scenarios', () => {
  it('should post the parsed JSON document and list the API’s field errors when it refuses it', async () => {
    // react-admin logs failed saves; the notification is what matters here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { calls } = stubFetch({
      'POST /api/v1/admin/test-scenarios': () =>
        json(400, {
          statusCode: 400,
          code: 'validation_failed',
          message: 'Validation failed',
          details: [{ field: 'identities.0.category', message: 'category must be one of …' }],
        }),
    });
    renderAdmin('/test-scenarios/create', { role: 'staff' });

    const box = await screen.findByRole('textbox', { name: /Scenario \(JSON\)/ });
    fireEvent.change(box, { target: { value: '{ "name": ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/This is not valid JSON/)).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    fireEvent.change(box, { target: { value: JSON.stringify(EXAMPLE_DOCUMENT) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((call) => call.method === 'POST')).toBe(true));
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual(EXAMPLE_DOCUMENT);
    expect(await screen.findByText(/identities\.0\.category: category must be one of/)).toBeInTheDocument();
  });

  it('should make a test user from the scenario’s page and list it with a link to its client view', async () => {
    const testUser = {
      userId: TEST_USER_ID,
      email: 'test-1a2b3c4d@test-users.invalid',
      name: 'Sam Tester',
      scenarioId: SCENARIO_ID,
      resetAt: '2026-12-04T10:05:00.000Z',
    };
    let instantiated = false;
    const { calls } = stubFetch({
      [`GET /api/v1/admin/test-scenarios/${SCENARIO_ID}`]: () =>
        json(200, instantiated ? { ...scenario, testUsers: [testUser] } : scenario),
      [`POST /api/v1/admin/test-scenarios/${SCENARIO_ID}/instantiate`]: () => {
        instantiated = true;
        return json(201, testUser);
      },
    });
    renderAdmin(`/test-scenarios/${SCENARIO_ID}/show`, { role: 'staff' });

    expect(await screen.findByText(/No test users yet/)).toBeInTheDocument();
    // Deleting is for superusers.
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'New test user' }));

    expect(await screen.findByText('Sam Tester')).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Open' })).toHaveAttribute(
      'href',
      `/admin/client-view/${TEST_USER_ID}`,
    );
  });

  it('should show a real client’s chat with its card read-only and no composer', async () => {
    const robin = userFixture({ id: TEST_USER_ID, firstName: 'Robin', lastName: 'Client' });
    const card = {
      kind: 'propose_archive',
      phase: 'identity_refinement',
      identity: { id: 'x', name: 'Gamer' },
      buttons: [{ id: 'archive', label: 'Let it go', style: 'primary', actions: [], reply: null }],
      displayOnly: true,
      pressed: { buttonId: 'archive' },
    };
    stubFetch({
      [`GET /api/v1/admin/users/${TEST_USER_ID}`]: () => json(200, robin),
      'GET /api/v1/admin/test-scenarios': empty('test-scenarios'),
      'GET /api/v1/admin/messages': () =>
        json(
          200,
          [
            {
              id: 'm2',
              userId: TEST_USER_ID,
              role: 'coach',
              content: 'Shall we let Gamer go?',
              component: card,
              turnId: null,
              createdAt: '2026-12-04T10:01:00.000Z',
            },
            {
              id: 'm1',
              userId: TEST_USER_ID,
              role: 'user',
              content: 'I do not game any more.',
              component: null,
              turnId: null,
              createdAt: '2026-12-04T10:00:00.000Z',
            },
          ],
          { 'Content-Range': 'messages 0-1/2' },
        ),
      'GET /api/v1/admin/coach-states': empty('coach-states'),
      'GET /api/v1/admin/identities': empty('identities'),
      'GET /api/v1/admin/notes': empty('notes'),
      'GET /api/v1/admin/actions': empty('actions'),
      'GET /api/v1/admin/usage': empty('usage'),
    });
    renderAdmin(`/client-view/${TEST_USER_ID}`, { role: 'staff' });

    expect(await screen.findByText('Shall we let Gamer go?')).toBeInTheDocument();
    const items = screen.getAllByRole('listitem').map((item) => item.textContent ?? '');
    // Oldest first, as the client reads it.
    expect(items.findIndex((text) => text.includes('I do not game'))).toBeLessThan(
      items.findIndex((text) => text.includes('Shall we let Gamer go?')),
    );
    expect(screen.getByRole('group', { name: /Card: propose_archive/ })).toHaveTextContent(
      'Pressed: Let it go',
    );
    expect(screen.queryByRole('button', { name: 'Let it go' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Message as the test user' })).not.toBeInTheDocument();
    expect(await screen.findByText('Real client: read only')).toBeInTheDocument();
  });
});
