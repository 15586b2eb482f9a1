import type { components } from '@dev-coach/api-client';
import type { DataSource } from 'typeorm';
import { DataSource as DataSourceToken } from 'typeorm';
import { UserRole } from 'src/common/auth/user-role';
import { bearerHeaders, createUser, type AuthHeaders, type TestUser } from 'test/factories/user.factory';
import { startTestApp, type TestApp } from 'test/utils/test-app';

type AdminVideo = components['schemas']['AdminVideoDto'];

const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));
const MISSING = '3f9a1c52-8d4e-4b7a-9f61-2c0e5b7d8a13';

describe('back office: session videos', () => {
  let t: TestApp;
  let db: DataSource;
  let staff: TestUser;
  let staffHeaders: AuthHeaders;
  let superHeaders: AuthHeaders;
  let clientHeaders: AuthHeaders;

  const call = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
    headers = staffHeaders,
  ) => t.app.inject({ method, url: `/api/v1/admin/videos${url}`, headers, payload });
  const auditRows = (action: string, targetId: string) =>
    db.query<{ actor_id: string; details: Record<string, unknown> }[]>(
      `SELECT actor_id, details FROM audit_events WHERE action = $1 AND target_id = $2`,
      [action, targetId],
    );
  const catalogVideos = async (headers: AuthHeaders) =>
    (await t.app.inject({ method: 'GET', url: '/api/v1/coach/catalog', headers })).json<{
      videos: { key: string; title: string; captionsUrl: string | null }[];
    }>().videos;

  beforeAll(async () => {
    t = await startTestApp('adminops_videos', {
      env: { COACH_VIDEO_BASE_URL: 'https://cdn.example.test/v' },
    });
    db = t.app.get(DataSourceToken);
    staff = await createUser(t.app, { role: UserRole.Staff });
    staffHeaders = await bearerHeaders(t.app, staff);
    superHeaders = await bearerHeaders(t.app, await createUser(t.app, { role: UserRole.Superuser }));
    clientHeaders = await bearerHeaders(t.app, await createUser(t.app));
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should list the seeded catalogue with Content-Range, filters and sort', async () => {
    const all = await call('GET', `?range=${q([0, 4])}`);
    expect(all.statusCode).toBe(200);
    expect(all.headers['content-range']).toBe('videos 0-4/11');
    const page = all.json<AdminVideo[]>();
    expect(page.map((video) => video.key)).toEqual([...page.map((video) => video.key)].sort());
    expect(page[0]).toMatchObject({
      url: `${page[0].key}.mp4`,
      playUrl: `https://cdn.example.test/v/${page[0].key}.mp4`,
      captionsUrl: null,
    });

    const outros = (
      await call('GET', `?filter=${q({ session: ['refinement', 'i_am'], kind: 'outro' })}`)
    ).json<AdminVideo[]>();
    expect(outros.map((video) => video.key).sort()).toEqual(['i_am_outro', 'refinement_outro']);

    const found = await call('GET', `?filter=${q({ q: 'SHARPENING' })}`);
    expect(found.json<AdminVideo[]>().map((video) => video.key)).toEqual(['refinement_intro']);
    const byTitle = (await call('GET', `?sort=${q(['title', 'DESC'])}&range=${q([0, 0])}`)).json<
      AdminVideo[]
    >();
    expect(byTitle[0].title).toBe('Your refined identities');
    const none = await call('GET', `?filter=${q({ q: '100%_' })}`);
    expect(none.json()).toEqual([]);
    expect(none.headers['content-range']).toBe('videos 0-0/0');
  });

  it('should answer 400 in the error shape when a filter or sort is malformed', async () => {
    for (const bad of [
      `filter=${q({ session: 'breakfast' })}`,
      `filter=${q({ kind: ['middle'] })}`,
      `sort=${q(['url', 'ASC'])}`,
      `range=${q([3, 1])}`,
    ]) {
      const res = await call('GET', `?${bad}`);
      expect(res.statusCode, bad).toBe(400);
      expect(res.json()).toMatchObject({ statusCode: 400, code: 'validation_failed' });
    }
  });

  it('should create, edit and delete a video, each audited, and show it to clients', async () => {
    const [visualizationOutro] = (await call('GET', `?filter=${q({ q: 'visualization_outro' })}`)).json<
      AdminVideo[]
    >();
    expect(visualizationOutro).toBeUndefined();

    const created = await call('POST', '', {
      key: 'visualization_outro',
      session: 'visualization',
      kind: 'outro',
      title: '  Where you go from here ',
      url: 'https://media.example.test/outro.mp4',
      durationSeconds: 140,
      captionsUrl: 'outro.en.vtt',
    });
    expect(created.statusCode, created.body).toBe(201);
    const video = created.json<AdminVideo>();
    expect(video).toMatchObject({
      title: 'Where you go from here',
      playUrl: 'https://media.example.test/outro.mp4',
      captionsPlayUrl: 'https://cdn.example.test/v/outro.en.vtt',
    });
    expect(await auditRows('coaching.video_created', video.id)).toEqual([
      { actor_id: staff.id, details: { key: 'visualization_outro' } },
    ]);
    expect(
      (await catalogVideos(clientHeaders)).find((row) => row.key === 'visualization_outro'),
    ).toMatchObject({
      captionsUrl: 'https://cdn.example.test/v/outro.en.vtt',
    });

    const edited = await call('PATCH', `/${video.id}`, {
      title: 'Onwards',
      durationSeconds: 150,
      captionsUrl: '',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ title: 'Onwards', durationSeconds: 150, captionsUrl: null });
    const [update] = await auditRows('coaching.video_updated', video.id);
    expect(update).toMatchObject({ details: { fields: ['title', 'durationSeconds', 'captionsUrl'] } });
    // The same values again change nothing and leave no audit row.
    expect((await call('PATCH', `/${video.id}`, { title: 'Onwards' })).statusCode).toBe(200);
    expect(await auditRows('coaching.video_updated', video.id)).toHaveLength(1);

    const removed = await call('DELETE', `/${video.id}`, undefined, superHeaders);
    expect(removed.statusCode).toBe(200);
    expect(removed.json()).toMatchObject({ key: 'visualization_outro' });
    expect((await auditRows('coaching.video_deleted', video.id))[0]).toMatchObject({
      details: { key: 'visualization_outro', session: 'visualization', kind: 'outro' },
    });
    expect((await call('GET', `/${video.id}`)).statusCode).toBe(404);
    expect((await catalogVideos(clientHeaders)).map((row) => row.key)).not.toContain('visualization_outro');
  });

  it('should refuse a taken key, a taken session slot and unsafe addresses', async () => {
    const base = { session: 'visualization', kind: 'outro', title: 'x', url: 'x.mp4', durationSeconds: 5 };
    const keyTaken = await call('POST', '', { ...base, key: 'welcome_intro' });
    expect(keyTaken.statusCode).toBe(409);
    expect(keyTaken.json()).toMatchObject({ code: 'video_key_taken', details: [{ field: 'key' }] });

    const [welcome] = (await call('GET', `?filter=${q({ q: 'welcome_intro' })}`)).json<AdminVideo[]>();
    const slotTaken = await call('PATCH', `/${welcome.id}`, { session: 'i_am', kind: 'outro' });
    expect(slotTaken.statusCode).toBe(409);
    expect(slotTaken.json()).toMatchObject({ code: 'video_slot_taken' });

    for (const bad of [
      { ...base, key: 'Bad Key' },
      { ...base, key: 'ok_key', url: '../../etc/passwd' },
      { ...base, key: 'ok_key', url: 'javascript:alert(1)' },
      { ...base, key: 'ok_key', durationSeconds: 0 },
      { ...base, key: 'ok_key', session: 'lunch' },
    ]) {
      const res = await call('POST', '', bad);
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      expect(res.json()).toMatchObject({ code: 'validation_failed' });
    }
    // The key is fixed once made: messages and cards refer to it.
    expect((await call('PATCH', `/${welcome.id}`, { key: 'renamed' })).statusCode).toBe(400);
    expect((await call('PATCH', `/${MISSING}`, { title: 'x' })).statusCode).toBe(404);
    expect((await call('DELETE', `/${MISSING}`)).statusCode).toBe(404);
  });

  it('should refuse clients and anonymous callers, and serve staff and superusers alike', async () => {
    expect((await call('GET', '', undefined, clientHeaders)).statusCode).toBe(403);
    expect((await call('POST', '', { key: 'x' }, clientHeaders)).statusCode).toBe(403);
    expect((await call('DELETE', `/${MISSING}`, undefined, clientHeaders)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/admin/videos' })).statusCode).toBe(401);
    expect((await call('GET', '', undefined, superHeaders)).statusCode).toBe(200);
  });
});
