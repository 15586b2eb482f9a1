import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { UserRole } from 'src/common/auth/user-role';
import type { AdminStudioDto, StudioStateDto } from 'src/studio/dto/studio.dto';
import { bearerHeaders, createUser, type AuthHeaders, type TestUser } from 'test/factories/user.factory';
import { FakeOpenAiServer, fakeImageReplies, fakeModelEnv } from 'test/fakes/fake-openai-server';
import { type FakeS3, startFakeS3 } from 'test/fakes/fake-s3-server';
import { seedIdentities } from 'test/utils/coaching';
import { deleteRedisKeys, redisAvailable, redisRequired, testRedisUrl } from 'test/utils/redis';
import { clearOfUtcMidnight } from 'test/utils/clock';
import { call, photoWithExif, type StudioDraft, uploadPhoto, waitForDraft } from 'test/utils/studio';
import { startTestApp, type TestApp } from 'test/utils/test-app';

const BUCKET = 'studio-test';
const ACCESS_KEY = 'AKIASTUDIOFAKE';

/** The SSE frames of a finished stream, parsed. */
const framesOf = (body: string): { event: string; data: unknown }[] =>
  body
    .split('\n\n')
    .map((block) => ({
      event: /^event: (.+)$/m.exec(block)?.[1] ?? '',
      data: /^data: (.+)$/m.exec(block)?.[1],
    }))
    .filter((frame) => frame.event && frame.data)
    .map((frame) => ({ event: frame.event, data: JSON.parse(frame.data!) as unknown }));

// The studio against the real OpenAI SDK talking to a fake images endpoint, files in a fake S3
// bucket, and jobs on BullMQ with progress over Redis Streams (the scaled set-up).
describe('visualization studio (OpenAI images API, S3 storage, BullMQ)', () => {
  let skip = false;
  let t: TestApp;
  let fake: FakeOpenAiServer;
  let s3: FakeS3;
  let dataSource: DataSource;
  let client: TestUser;
  let headers: AuthHeaders;
  let staffHeaders: AuthHeaders;
  let identityId: string;
  const prefix = `studio-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    // Tests compare the daily image quota before and after a draft: do not start just before UTC midnight.
    await clearOfUtcMidnight(150_000);
    if (!(await redisAvailable(testRedisUrl()))) {
      if (redisRequired()) {
        throw new Error(`REQUIRE_REDIS=1 but no Redis answers at ${testRedisUrl()}`);
      }
      skip = true;
      return;
    }
    fake = await FakeOpenAiServer.start();
    s3 = await startFakeS3({ accessKeyId: ACCESS_KEY, bucket: BUCKET });
    t = await startTestApp('studio_openai_s3', {
      env: {
        ...fakeModelEnv(fake.baseUrl),
        AI_MAX_RETRIES: '1',
        AI_RETRY_BASE_DELAY_MS: '0',
        REDIS_URL: testRedisUrl(),
        QUEUE_PREFIX: prefix,
        STORAGE_DRIVER: 's3',
        S3_BUCKET: BUCKET,
        S3_REGION: 'eu-west-1',
        S3_ENDPOINT: s3.url,
        S3_ACCESS_KEY_ID: ACCESS_KEY,
        S3_SECRET_ACCESS_KEY: 'fake-secret',
        S3_PREFIX: 'tenant/',
      },
    });
    dataSource = t.app.get(DataSource);
    client = await createUser(t.app, { firstName: 'Noor' });
    headers = await bearerHeaders(t.app, client);
    staffHeaders = await bearerHeaders(t.app, await createUser(t.app, { role: UserRole.Staff }));
    await call(t.app, 'GET', '/coach/state', headers);
    const [identity] = await seedIdentities(dataSource, client.id, [
      { name: 'Calm Leader', category: 'maker_of_money', state: 'i_am_complete' },
    ]);
    identityId = identity.id;
  }, 300_000);

  afterAll(async () => {
    await t?.close();
    await fake?.close();
    await s3?.close();
    if (!skip) {
      await deleteRedisKeys(testRedisUrl(), prefix);
    }
  });

  const generate = async (): Promise<StudioDraft> => {
    const res = await call(t.app, 'POST', `/studio/identities/${identityId}/drafts`, headers);
    expect(res.statusCode, res.body).toBe(202);
    return res.json<StudioDraft>();
  };

  it('should open the studio by the staff override when the client is not in the last phase yet', async () => {
    if (skip) {
      return;
    }
    expect((await call(t.app, 'GET', '/studio', headers)).json<StudioStateDto>().open).toBe(false);
    const patched = await call(t.app, 'PATCH', `/admin/users/${client.id}`, staffHeaders, {
      studioOverride: true,
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ studioOverride: true });
    expect((await call(t.app, 'GET', '/studio', headers)).json<StudioStateDto>()).toMatchObject({
      open: true,
      override: true,
    });
    // The client cannot set it themselves.
    expect((await call(t.app, 'PATCH', '/me', headers, { studioOverride: true })).statusCode).toBe(400);
  });

  it('should generate with the reference photo through the edits endpoint, store in S3 and stream progress when the provider answers', async () => {
    if (skip) {
      return;
    }
    expect((await uploadPhoto(t.app, headers, await photoWithExif())).statusCode).toBe(201);
    await call(t.app, 'PUT', `/studio/identities/${identityId}/scene`, headers, {
      clothing: 'a linen suit',
      setting: 'a bright office with plants',
    });
    fake.enqueueImage(fakeImageReplies.slow(300));
    const pending = await generate();
    // Followed while pending: progress, then the draft, across the Redis event stream.
    const stream = await call(t.app, 'GET', `/studio/drafts/${pending.id}/events`, headers);
    const frames = framesOf(stream.body);
    expect(frames.map((frame) => frame.event)).toEqual(['progress', 'progress', 'progress', 'done']);
    expect(frames.slice(0, 3).map((frame) => (frame.data as { stage: string }).stage)).toEqual([
      'queued',
      'generating',
      'storing',
    ]);
    expect(frames[3]?.data).toMatchObject({ id: pending.id, status: 'ready', demo: false });

    const request = fake.imageRequests().at(-1);
    expect(request?.path).toBe('/v1/images/edits');
    expect(request?.files.length).toBe(1);
    expect(String(request?.prompt)).toContain('a bright office with plants');

    const keys = [...s3.objects.keys()];
    expect(keys.filter((key) => key.startsWith(`${BUCKET}/tenant/studio/${client.id}/drafts/`))).toHaveLength(
      2,
    );
    expect(
      keys.filter((key) => key.startsWith(`${BUCKET}/tenant/studio/${client.id}/references/`)),
    ).toHaveLength(2);
    const image = await t.app.inject({
      method: 'GET',
      url: `/api/v1/studio/drafts/${pending.id}/image`,
      headers,
    });
    expect(image.statusCode).toBe(200);
    expect((await sharp(image.rawPayload).metadata()).format).toBe('png');

    const calls = await dataSource.query<{ kind: string; purpose: string; status: string }[]>(
      `SELECT kind, purpose, status FROM llm_calls WHERE user_id = $1 AND kind = 'image'`,
      [client.id],
    );
    expect(calls).toEqual([{ kind: 'image', purpose: 'studio_generate', status: 'ok' }]);
  });

  it('should refine through the edits endpoint with the previous draft, after a 429 retried, when asked', async () => {
    if (skip) {
      return;
    }
    const drafts = (await call(t.app, 'GET', `/studio/identities/${identityId}/drafts`, headers)).json<
      StudioDraft[]
    >();
    const parent = drafts[0];
    fake.enqueueImage(fakeImageReplies.rateLimited(0), {});
    const before = fake.imageRequests().length;
    const res = await call(t.app, 'POST', `/studio/drafts/${parent.id}/refine`, headers, {
      instruction: 'golden hour',
    });
    expect(res.statusCode, res.body).toBe(202);
    const refined = await waitForDraft(t.app, headers, identityId, res.json<StudioDraft>().id);
    expect(refined).toMatchObject({ status: 'ready', parentId: parent.id });
    const requests = fake.imageRequests().slice(before);
    expect(requests.map((request) => [request.path, request.status ?? 200])).toEqual([
      ['/v1/images/edits', 429],
      ['/v1/images/edits', 200],
    ]);
    expect(String(requests[1]?.prompt)).toContain('golden hour');
  });

  it('should fail the draft with image_blocked, not retryable, and give the unit back when the images API refuses it', async () => {
    if (skip) {
      return;
    }
    const used = (await call(t.app, 'GET', '/studio', headers)).json<StudioStateDto>().quota.used;
    fake.enqueueImage(fakeImageReplies.moderationBlocked());
    const pending = await generate();
    const failed = await waitForDraft(t.app, headers, identityId, pending.id);
    expect(failed).toMatchObject({ status: 'failed', errorCode: 'image_blocked', imageUrl: null });
    const stream = await call(t.app, 'GET', `/studio/drafts/${pending.id}/events`, headers);
    expect(framesOf(stream.body).at(-1)).toMatchObject({
      event: 'error',
      data: { code: 'image_blocked', retryable: false },
    });
    expect((await call(t.app, 'GET', '/studio', headers)).json<StudioStateDto>().quota.used).toBe(used);

    fake.enqueueImage(fakeImageReplies.overloaded(), fakeImageReplies.overloaded());
    const overloaded = await waitForDraft(t.app, headers, identityId, (await generate()).id);
    expect(overloaded).toMatchObject({ status: 'failed', errorCode: 'image_overloaded' });
    const again = await call(t.app, 'GET', `/studio/drafts/${overloaded.id}/events`, headers);
    expect(framesOf(again.body).at(-1)).toMatchObject({
      data: { code: 'image_overloaded', retryable: true },
    });
  });

  it('should refuse a prompt the moderation model flags with 422 before any image call', async () => {
    if (skip) {
      return;
    }
    const before = fake.imageRequests().length;
    const drafts = await dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM studio_drafts`);
    const parent = (await call(t.app, 'GET', `/studio/identities/${identityId}/drafts`, headers))
      .json<StudioDraft[]>()
      .find((draft) => draft.status === 'ready')!;
    const res = await call(t.app, 'POST', `/studio/drafts/${parent.id}/refine`, headers, {
      instruction: 'show me the moment I end my life',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'image_prompt_blocked' });
    expect(fake.imageRequests().length).toBe(before);
    expect(await dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM studio_drafts`)).toEqual(
      drafts,
    );
  });

  it('should send a reference photo to moderation as an image and refuse it with 422, storing nothing, when flagged', async () => {
    if (skip) {
      return;
    }
    const moderated = (): { input: unknown }[] =>
      fake.requests
        .filter((request) => request.path === '/v1/moderations')
        .map((request) => request.body as { input: unknown });
    const before = moderated().length;
    const stored = await dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM studio_references`,
    );
    const objects = s3.objects.size;
    fake.enqueueModeration({
      flagged: true,
      categories: { sexual: true },
      category_scores: { sexual: 0.97 },
    });
    const res = await uploadPhoto(t.app, headers, await photoWithExif(2000, 1000));
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ statusCode: 422, code: 'reference_photo_blocked' });
    const [sent] = moderated().slice(before);
    expect(sent?.input).toEqual([
      {
        type: 'image_url',
        image_url: { url: expect.stringMatching(/^data:image\/jpeg;base64,/) as unknown },
      },
    ]);
    // The copy moderation sees is scaled down (longest side 768 px), not the 2000 px original.
    const url = (sent?.input as { image_url: { url: string } }[])[0].image_url.url;
    const screened = await sharp(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64')).metadata();
    expect(Math.max(screened.width ?? 0, screened.height ?? 0)).toBe(768);
    expect(await dataSource.query(`SELECT count(*)::int AS n FROM studio_references`)).toEqual(stored);
    expect(s3.objects.size).toBe(objects);
  });

  it('should give staff the client’s studio and image bytes through the back office routes', async () => {
    if (skip) {
      return;
    }
    const res = await call(t.app, 'GET', `/admin/users/${client.id}/studio`, staffHeaders);
    expect(res.statusCode, res.body).toBe(200);
    const studio = res.json<AdminStudioDto>();
    expect(studio).toMatchObject({ open: true, override: true });
    const drafts = studio.identities[0].drafts;
    expect(drafts.length).toBeGreaterThanOrEqual(2);
    const ready = drafts.find((draft) => draft.status === 'ready')!;
    expect(ready.imageUrl).toBe(`/api/v1/admin/studio/drafts/${ready.id}/image`);
    expect(
      (await t.app.inject({ method: 'GET', url: ready.imageUrl!, headers: staffHeaders })).statusCode,
    ).toBe(200);
    const photo = studio.references[0];
    expect((await t.app.inject({ method: 'GET', url: photo.url, headers: staffHeaders })).statusCode).toBe(
      200,
    );
    // Not for clients.
    expect((await t.app.inject({ method: 'GET', url: ready.imageUrl!, headers })).statusCode).toBe(403);
    expect((await call(t.app, 'GET', `/admin/users/${client.id}/studio`, headers)).statusCode).toBe(403);
  });

  it('should honour Idempotency-Key with one draft and one unit when a generation is sent twice', async () => {
    if (skip) {
      return;
    }
    const used = (await call(t.app, 'GET', '/studio', headers)).json<StudioStateDto>().quota.used;
    const send = () =>
      call(t.app, 'POST', `/studio/identities/${identityId}/drafts`, {
        ...headers,
        'idempotency-key': 'gen-once-1',
      });
    // At once, so the second may meet the first's row in the unique index rather than find it.
    const [first, second] = await Promise.all([send(), send()]);
    expect([first.statusCode, second.statusCode]).toEqual([202, 202]);
    expect(second.json<StudioDraft>().id).toBe(first.json<StudioDraft>().id);
    await waitForDraft(t.app, headers, identityId, first.json<StudioDraft>().id);
    expect((await call(t.app, 'GET', '/studio', headers)).json<StudioStateDto>().quota.used).toBe(used + 1);
  });
});
