import type { components } from '@dev-coach/api-client';
import { UserRole } from 'src/common/auth/user-role';
import { bearerHeaders, createUser, type AuthHeaders, type TestUser } from 'test/factories/user.factory';
import { FakeOpenAiServer, fakeModelEnv } from 'test/fakes/fake-openai-server';
import { api } from 'test/utils/coach-turns';
import { startTestApp, type TestApp } from 'test/utils/test-app';

type SafetyEvent = components['schemas']['SafetyEventDetailDto'];
type AuditEvent = components['schemas']['AuditEventResponseDto'];

const listUrl = (filter: Record<string, unknown>) =>
  `/admin/safety-events?filter=${encodeURIComponent(JSON.stringify(filter))}&range=[0,9]`;

// The staff side of a crisis message: the event in the queue with its conversation, resolved
// with a note, and the resolution in the audit log.
describe('admin safety events', () => {
  let t: TestApp;
  let fake: FakeOpenAiServer;
  let staff: TestUser;
  let staffHeaders: AuthHeaders;
  let client: TestUser;
  let eventId: string;

  beforeAll(async () => {
    fake = await FakeOpenAiServer.start();
    t = await startTestApp('admin_safety_events', {
      env: {
        ...fakeModelEnv(fake.baseUrl),
        AI_MAX_RETRIES: '0',
        USER_TURNS_PER_MINUTE: '0',
        SENTINEL_DEBOUNCE_MS: '600000',
      },
    });
    staff = await createUser(t.app, { role: UserRole.Staff });
    staffHeaders = await bearerHeaders(t.app, staff);
    client = await createUser(t.app, { firstName: 'Sam', lastName: 'Example' });
    const posted = await api(t.app, 'POST', '/coach/turns', await bearerHeaders(t.app, client), {
      message: 'honestly i dont want to be alive anymore',
    });
    expect(posted.statusCode, posted.body).toBe(200);
    const open = await api(t.app, 'GET', listUrl({ userId: client.id }), staffHeaders);
    const [event] = open.json<SafetyEvent[]>();
    if (!event) {
      throw new Error('the crisis message opened no safety event');
    }
    eventId = event.id;
  });

  afterAll(async () => {
    await t?.close();
    await fake?.close();
  });

  it('should filter the queue by the screen that flagged the message when staff pick a source', async () => {
    const flagged = (
      await api(t.app, 'GET', `/admin/safety-events/${eventId}`, staffHeaders)
    ).json<SafetyEvent>();
    const other = flagged.flaggedBy === 'moderation' ? 'classifier' : 'moderation';

    const same = await api(t.app, 'GET', listUrl({ flaggedBy: [flagged.flaggedBy] }), staffHeaders);
    expect(same.statusCode, same.body).toBe(200);
    expect(same.json<SafetyEvent[]>().map((event) => event.id)).toContain(eventId);

    const none = await api(t.app, 'GET', listUrl({ flaggedBy: other }), staffHeaders);
    expect(none.json<SafetyEvent[]>().map((event) => event.id)).not.toContain(eventId);

    const bad = await api(t.app, 'GET', listUrl({ flaggedBy: 'somebody' }), staffHeaders);
    expect(bad.statusCode).toBe(400);
  });

  it('should show the coach’s reply after the flagged message when staff open the event', async () => {
    const res = await api(t.app, 'GET', `/admin/safety-events/${eventId}`, staffHeaders);
    expect(res.statusCode, res.body).toBe(200);
    const event = res.json<SafetyEvent>();
    expect(event.messageText).toBe('honestly i dont want to be alive anymore');
    expect(event.context.followingMessages.map((message) => message.role)).toEqual(['coach']);
    expect(event.context.followingMessages[0]?.content).not.toContain('alive anymore');
  });

  it('should write an audit entry without the note when staff resolve the event', async () => {
    const note = 'Called Sam; they are safe and staying with a friend tonight.';
    const res = await api(t.app, 'POST', `/admin/safety-events/${eventId}/resolve`, staffHeaders, { note });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<SafetyEvent>()).toMatchObject({ status: 'resolved', resolutionNote: note });

    const audit = await api(
      t.app,
      'GET',
      `/admin/audit-log?filter=${encodeURIComponent(JSON.stringify({ action: 'safety_event.resolved' }))}`,
      staffHeaders,
    );
    expect(audit.statusCode, audit.body).toBe(200);
    const rows = audit.json<AuditEvent[]>();
    expect(rows).toEqual([
      expect.objectContaining({
        action: 'safety_event.resolved',
        actorId: staff.id,
        targetType: 'safety_event',
        targetId: eventId,
        details: { userId: client.id, flaggedBy: expect.any(String) as string },
      }),
    ]);
    expect(JSON.stringify(rows)).not.toContain('staying with a friend');
  });

  it('should answer 403 when a client tries to resolve an event', async () => {
    const res = await api(
      t.app,
      'POST',
      `/admin/safety-events/${eventId}/resolve`,
      await bearerHeaders(t.app, client),
      { note: 'not mine to close' },
    );
    expect(res.statusCode).toBe(403);
  });
});
