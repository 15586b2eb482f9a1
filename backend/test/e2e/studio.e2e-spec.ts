import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { bearerHeaders, createUser, type AuthHeaders, type TestUser } from 'test/factories/user.factory';
import { placeAt, seedIdentities } from 'test/utils/coaching';
import type { StudioReferenceDto, StudioStateDto } from 'src/studio/dto/studio.dto';
import { call as api, photoWithExif, type StudioDraft, uploadPhoto, waitForDraft } from 'test/utils/studio';
import { clearOfUtcMidnight } from 'test/utils/clock';
import { startTestApp, type TestApp } from 'test/utils/test-app';

type StudioState = StudioStateDto;

const DAILY = 4;
const MAX_UPLOAD = 300_000;

/** Every stored object under the storage folder, relative (not the driver's .meta.json files). */
const filesUnder = (root: string): string[] => {
  try {
    return readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.endsWith('.meta.json'))
      .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1));
  } catch {
    return [];
  }
};

// The studio end to end with the offline demo illustrator and local-disk storage: photos,
// scene, generate, refine, save, the PDF, access checks, the quota and bad input.
describe('visualization studio (demo provider, local storage)', () => {
  let t: TestApp;
  let dataSource: DataSource;
  let storageDir: string;
  let maya: TestUser;
  let mayaHeaders: AuthHeaders;
  let samHeaders: AuthHeaders;
  let runnerId: string;
  let painterId: string;

  beforeAll(async () => {
    // The daily image quota resets at UTC midnight and this file counts its units: do not start just before it.
    await clearOfUtcMidnight(150_000);
    storageDir = mkdtempSync(join(tmpdir(), 'studio-e2e-'));
    t = await startTestApp('studio', {
      env: {
        AI_PROVIDER: 'demo',
        STORAGE_DRIVER: 'local',
        STORAGE_LOCAL_DIR: storageDir,
        STUDIO_DAILY_IMAGES: String(DAILY),
        STUDIO_MAX_UPLOAD_BYTES: String(MAX_UPLOAD),
      },
    });
    dataSource = t.app.get(DataSource);
    maya = await createUser(t.app, { firstName: 'Maya' });
    mayaHeaders = await bearerHeaders(t.app, maya);
    const sam = await createUser(t.app, { firstName: 'Sam' });
    samHeaders = await bearerHeaders(t.app, sam);
    await api(t.app, 'GET', '/coach/state', mayaHeaders);
    await api(t.app, 'GET', '/coach/state', samHeaders);
    await placeAt(dataSource, maya.id, 'identity_visualization');
    const [runner, painter] = await seedIdentities(dataSource, maya.id, [
      { name: 'Trail Runner', category: 'physical_expression', state: 'i_am_complete' },
      { name: 'Painter', category: 'passions_and_talents', state: 'i_am_complete' },
    ]);
    runnerId = runner.id;
    painterId = painter.id;
    await dataSource.query(
      `UPDATE identities SET i_am_statement = 'I am someone who runs the hills.' WHERE id = $1`,
      [runnerId],
    );
  }, 300_000);

  afterAll(async () => {
    await t?.close();
    rmSync(storageDir, { recursive: true, force: true });
  });

  const quotaUsed = async (headers: AuthHeaders): Promise<number> =>
    (await api(t.app, 'GET', '/studio', headers)).json<StudioState>().quota.used;

  it('should keep the studio locked with studio_locked when the client is not in the last phase', async () => {
    const state = (await api(t.app, 'GET', '/studio', samHeaders)).json<StudioState>();
    expect(state).toMatchObject({ open: false, reason: 'phase', override: false });
    const res = await api(t.app, 'PUT', '/studio/appearance', samHeaders, { description: 'tall' });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ statusCode: 403, code: 'studio_locked' });
    const upload = await uploadPhoto(t.app, samHeaders, await photoWithExif());
    expect(upload.statusCode).toBe(403);
  });

  it('should walk upload → scene → generate → refine → save → PDF with the picture when the client is in the last phase', async () => {
    expect((await api(t.app, 'GET', '/studio', mayaHeaders)).json<StudioState>()).toMatchObject({
      open: true,
      quota: { used: 0, limit: DAILY },
    });
    const appearance = await api(t.app, 'PUT', '/studio/appearance', mayaHeaders, {
      description: '  Short dark hair, freckles, usually in a green jacket ',
    });
    expect(appearance.statusCode, appearance.body).toBe(200);
    expect(appearance.json()).toMatchObject({
      description: 'Short dark hair, freckles, usually in a green jacket',
    });

    // A landscape JPEG whose EXIF says "rotate 90°": stored upright (portrait), without EXIF.
    const upload = await uploadPhoto(t.app, mayaHeaders, await photoWithExif(64, 32));
    expect(upload.statusCode, upload.body).toBe(201);
    const photo = upload.json<StudioReferenceDto>();
    expect(photo).toMatchObject({ contentType: 'image/jpeg', width: 32, height: 64 });
    const stored = await t.app.inject({ method: 'GET', url: photo.url, headers: mayaHeaders });
    expect(stored.statusCode).toBe(200);
    const meta = await sharp(stored.rawPayload).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 32, height: 64 });
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(stored.rawPayload.includes(Buffer.from('StudioTestCam'))).toBe(false);
    const thumb = await t.app.inject({ method: 'GET', url: photo.thumbnailUrl, headers: mayaHeaders });
    expect(thumb.statusCode).toBe(200);

    const scene = await api(t.app, 'PUT', `/studio/identities/${runnerId}/scene`, mayaHeaders, {
      clothing: 'trail shoes and a rain shell',
      mood: 'calm and proud',
      setting: 'a ridge above the clouds at sunrise',
    });
    expect(scene.statusCode, scene.body).toBe(200);
    expect(scene.json()).toMatchObject({ setting: 'a ridge above the clouds at sunrise', extraPrompt: null });

    const generated = await api(t.app, 'POST', `/studio/identities/${runnerId}/drafts`, mayaHeaders);
    expect(generated.statusCode, generated.body).toBe(202);
    expect(generated.json()).toMatchObject({ status: 'pending', parentId: null, imageUrl: null });
    // Followed at once (in-process queue, in-memory channel): it ends with the finished draft.
    const live = await api(
      t.app,
      'GET',
      `/studio/drafts/${generated.json<StudioDraft>().id}/events`,
      mayaHeaders,
    );
    expect(live.statusCode).toBe(200);
    expect(live.body.trim().split('\n\n').at(-1)).toMatch(
      /^id: \d+\nevent: done\ndata: \{.*"status":"ready"/,
    );
    const first = await waitForDraft(t.app, mayaHeaders, runnerId, generated.json<StudioDraft>().id);
    expect(first).toMatchObject({ status: 'ready', demo: true, errorCode: null });

    // A finished draft's event stream ends at once with its ending.
    const events = await api(t.app, 'GET', `/studio/drafts/${first.id}/events`, mayaHeaders);
    expect(events.statusCode).toBe(200);
    expect(events.headers['content-type']).toContain('text/event-stream');
    expect(events.body).toContain('event: done');

    const refined = await api(t.app, 'POST', `/studio/drafts/${first.id}/refine`, mayaHeaders, {
      instruction: 'warmer light',
    });
    expect(refined.statusCode, refined.body).toBe(202);
    const second = await waitForDraft(t.app, mayaHeaders, runnerId, refined.json<StudioDraft>().id);
    expect(second).toMatchObject({ status: 'ready', parentId: first.id, instruction: 'warmer light' });

    const image = await t.app.inject({ method: 'GET', url: second.imageUrl!, headers: mayaHeaders });
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect((await sharp(image.rawPayload).metadata()).format).toBe('png');
    const download = await t.app.inject({
      method: 'GET',
      url: `${second.imageUrl}?download=1`,
      headers: mayaHeaders,
    });
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="studio-.+\.png"$/);

    const saved = await api(t.app, 'POST', `/studio/drafts/${second.id}/save`, mayaHeaders);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ id: runnerId, savedDraftId: second.id, draftCount: 2 });

    const drafts = (await api(t.app, 'GET', `/studio/identities/${runnerId}/drafts`, mayaHeaders)).json<
      StudioDraft[]
    >();
    expect(drafts.map((draft) => [draft.id, draft.saved])).toEqual([
      [second.id, true],
      [first.id, false],
    ]);

    const picture = await t.app.inject({
      method: 'GET',
      url: `/api/v1/identities/${runnerId}/image`,
      headers: mayaHeaders,
    });
    expect(picture.statusCode).toBe(200);
    expect(picture.rawPayload.equals(image.rawPayload)).toBe(true);
    expect((await api(t.app, 'GET', `/identities/${painterId}/image`, mayaHeaders)).statusCode).toBe(404);

    const pdf = await t.app.inject({
      method: 'GET',
      url: '/api/v1/identities/i-am.pdf',
      headers: mayaHeaders,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.includes(Buffer.from('/Subtype /Image'))).toBe(true);

    expect(await quotaUsed(mayaHeaders)).toBe(2);
  });

  it('should answer 404 when another client asks for the identity, draft or photo', async () => {
    const state = (await api(t.app, 'GET', '/studio', mayaHeaders)).json<StudioState>();
    const runner = state.identities.find((identity) => identity.id === runnerId)!;
    const draftId = runner.savedDraftId!;
    const photoId = state.references[0].id;
    await placeAt(
      dataSource,
      (await api(t.app, 'GET', '/me', samHeaders)).json<{ id: string }>().id,
      'identity_visualization',
    );
    const attempts: [string, string, object?][] = [
      ['GET', `/studio/drafts/${draftId}/image`],
      ['GET', `/studio/drafts/${draftId}/thumbnail`],
      ['GET', `/studio/drafts/${draftId}/events`],
      ['POST', `/studio/drafts/${draftId}/refine`, { instruction: 'bluer sky' }],
      ['POST', `/studio/drafts/${draftId}/save`],
      ['DELETE', `/studio/drafts/${draftId}`],
      ['GET', `/studio/identities/${runnerId}/drafts`],
      ['POST', `/studio/identities/${runnerId}/drafts`],
      ['PUT', `/studio/identities/${runnerId}/scene`, { mood: 'sad' }],
      ['GET', `/identities/${runnerId}/image`],
      ['GET', `/studio/references/${photoId}/image`],
      ['DELETE', `/studio/references/${photoId}`],
    ];
    for (const [method, url, body] of attempts) {
      const res = await api(t.app, method as 'GET', url, samHeaders, body);
      expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(404);
      expect(res.json<{ code: string }>().code).toMatch(/_not_found$/);
    }
    expect(await quotaUsed(samHeaders)).toBe(0);
    expect(await quotaUsed(mayaHeaders)).toBe(2);
  });

  it('should refuse bad input with a 4xx, storing nothing and spending no quota, when the input is wrong', async () => {
    const rowsBefore = await dataSource.query<{ n: number }[]>(
      `SELECT (SELECT count(*) FROM studio_references)::int + (SELECT count(*) FROM studio_drafts)::int AS n`,
    );
    const filesBefore = filesUnder(storageDir).length;
    const usedBefore = await quotaUsed(mayaHeaders);

    const big = await sharp({
      create: { width: 1200, height: 1200, channels: 3, background: { r: 10, g: 20, b: 30 } },
    })
      .png({ compressionLevel: 0 })
      .toBuffer();
    expect(big.length).toBeGreaterThan(MAX_UPLOAD);
    const oversized = await uploadPhoto(t.app, mayaHeaders, big, { contentType: 'image/png' });
    expect(oversized.statusCode, oversized.body).toBe(413);
    expect(oversized.json()).toMatchObject({ statusCode: 413, code: 'image_too_large' });

    const text = await uploadPhoto(t.app, mayaHeaders, Buffer.from('just some text, not a photo'), {
      contentType: 'image/jpeg',
    });
    expect(text.statusCode).toBe(400);
    expect(text.json()).toMatchObject({ statusCode: 400, code: 'invalid_image' });
    const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: 'red' } })
      .gif()
      .toBuffer();
    expect((await uploadPhoto(t.app, mayaHeaders, gif, { contentType: 'image/gif' })).statusCode).toBe(400);
    const wrongField = await uploadPhoto(t.app, mayaHeaders, await photoWithExif(), { field: 'photo' });
    expect(wrongField.statusCode).toBe(400);
    const json = await api(t.app, 'POST', '/studio/references', mayaHeaders, { file: 'x' });
    expect(json.statusCode).toBe(400);

    const pending = (
      await api(t.app, 'POST', `/studio/identities/${painterId}/drafts`, mayaHeaders)
    ).json<StudioDraft>();
    const tooEarly = await api(t.app, 'POST', `/studio/drafts/${pending.id}/refine`, mayaHeaders, {
      instruction: 'more blue',
    });
    // Either still pending or already done; only a not-ready parent is refused.
    if (tooEarly.statusCode !== 202) {
      expect(tooEarly.statusCode).toBe(409);
      expect(tooEarly.json()).toMatchObject({ code: 'draft_not_ready' });
    }
    await waitForDraft(t.app, mayaHeaders, painterId, pending.id);
    // Clean up what this step made, so the counts below compare like with like.
    for (const draft of (await api(t.app, 'GET', `/studio/identities/${painterId}/drafts`, mayaHeaders)).json<
      StudioDraft[]
    >()) {
      await waitForDraft(t.app, mayaHeaders, painterId, draft.id);
      expect((await api(t.app, 'DELETE', `/studio/drafts/${draft.id}`, mayaHeaders)).statusCode).toBe(204);
    }
    const spent = (await quotaUsed(mayaHeaders)) - usedBefore;

    const emptyInstruction = await api(t.app, 'POST', `/studio/drafts/${pending.id}/refine`, mayaHeaders, {
      instruction: '   ',
    });
    expect(emptyInstruction.statusCode).toBe(400);

    await api(t.app, 'PUT', `/studio/identities/${painterId}/scene`, mayaHeaders, {
      extraPrompt: 'I want to end my life',
    });
    const blocked = await api(t.app, 'POST', `/studio/identities/${painterId}/drafts`, mayaHeaders);
    expect(blocked.statusCode, blocked.body).toBe(422);
    expect(blocked.json()).toMatchObject({ statusCode: 422, code: 'image_prompt_blocked' });
    await api(t.app, 'PUT', `/studio/identities/${painterId}/scene`, mayaHeaders, {
      setting: 'a sunny studio',
    });

    const rowsAfter = await dataSource.query<{ n: number }[]>(
      `SELECT (SELECT count(*) FROM studio_references)::int + (SELECT count(*) FROM studio_drafts WHERE deleted_at IS NULL)::int AS n`,
    );
    expect(rowsAfter[0].n).toBe(rowsBefore[0].n);
    expect(filesUnder(storageDir).length).toBe(filesBefore);
    expect((await quotaUsed(mayaHeaders)) - usedBefore).toBe(spent);
  });

  it('should refuse a sixth reference photo with 409 when five are stored', async () => {
    const have = (await api(t.app, 'GET', '/studio', mayaHeaders)).json<StudioState>().references.length;
    for (let index = have; index < 5; index += 1) {
      expect((await uploadPhoto(t.app, mayaHeaders, await photoWithExif(40 + index, 30))).statusCode).toBe(
        201,
      );
    }
    const files = filesUnder(storageDir).length;
    const sixth = await uploadPhoto(t.app, mayaHeaders, await photoWithExif());
    expect(sixth.statusCode).toBe(409);
    expect(sixth.json()).toMatchObject({ statusCode: 409, code: 'reference_limit_reached' });
    expect(filesUnder(storageDir).length).toBe(files);

    const state = (await api(t.app, 'GET', '/studio', mayaHeaders)).json<StudioState>();
    const last = state.references[state.references.length - 1];
    expect((await api(t.app, 'DELETE', `/studio/references/${last.id}`, mayaHeaders)).statusCode).toBe(204);
    expect(filesUnder(storageDir).length).toBe(files - 2);
    expect((await t.app.inject({ method: 'GET', url: last.url, headers: mayaHeaders })).statusCode).toBe(404);
  });

  it('should answer 429 image_quota_exceeded with Retry-After when the day’s images are spent, and give back a failed one', async () => {
    let used = await quotaUsed(mayaHeaders);
    while (used < DAILY) {
      const res = await api(t.app, 'POST', `/studio/identities/${painterId}/drafts`, mayaHeaders);
      expect(res.statusCode, res.body).toBe(202);
      await waitForDraft(t.app, mayaHeaders, painterId, res.json<StudioDraft>().id);
      used += 1;
    }
    const over = await api(t.app, 'POST', `/studio/identities/${painterId}/drafts`, mayaHeaders);
    expect(over.statusCode).toBe(429);
    expect(over.json()).toMatchObject({ statusCode: 429, code: 'image_quota_exceeded' });
    const retryAfter = Number(over.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(24 * 3600);
    const refine = await api(
      t.app,
      'POST',
      `/studio/drafts/${(await api(t.app, 'GET', '/studio', mayaHeaders)).json<StudioState>().identities.find((i) => i.id === runnerId)!.savedDraftId}/refine`,
      mayaHeaders,
      { instruction: 'at dusk' },
    );
    expect(refine.statusCode).toBe(429);

    // A failed draft gives its unit back.
    await dataSource.query(
      `UPDATE studio_drafts SET status = 'failed', error_code = 'image_overloaded' WHERE id = (
         SELECT id FROM studio_drafts WHERE user_id = $1 AND identity_id = $2 AND deleted_at IS NULL ORDER BY created_at DESC LIMIT 1)`,
      [maya.id, painterId],
    );
    expect(await quotaUsed(mayaHeaders)).toBe(DAILY - 1);
    const again = await api(t.app, 'POST', `/studio/identities/${painterId}/drafts`, mayaHeaders);
    expect(again.statusCode).toBe(202);
    await waitForDraft(t.app, mayaHeaders, painterId, again.json<StudioDraft>().id);
  });

  it('should fail a draft left pending for over half an hour and give its unit back when the studio is read', async () => {
    const used = await quotaUsed(mayaHeaders);
    const [lost] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO studio_drafts (user_id, identity_id, status, created_at)
       VALUES ($1, $2, 'pending', now() - interval '1 hour') RETURNING id`,
      [maya.id, painterId],
    );
    expect(await quotaUsed(mayaHeaders)).toBe(used);
    const drafts = (await api(t.app, 'GET', `/studio/identities/${painterId}/drafts`, mayaHeaders)).json<
      StudioDraft[]
    >();
    expect(drafts.find((draft) => draft.id === lost?.id)).toMatchObject({
      status: 'failed',
      errorCode: 'image_timeout',
    });
  });

  it('should clear the identity’s picture when its saved draft is deleted', async () => {
    const state = (await api(t.app, 'GET', '/studio', mayaHeaders)).json<StudioState>();
    const savedId = state.identities.find((identity) => identity.id === runnerId)!.savedDraftId!;
    expect((await api(t.app, 'DELETE', `/studio/drafts/${savedId}`, mayaHeaders)).statusCode).toBe(204);
    expect((await api(t.app, 'GET', `/identities/${runnerId}/image`, mayaHeaders)).statusCode).toBe(404);
    expect((await api(t.app, 'GET', `/studio/drafts/${savedId}/image`, mayaHeaders)).statusCode).toBe(404);
    const after = (await api(t.app, 'GET', '/studio', mayaHeaders)).json<StudioState>();
    expect(after.identities.find((identity) => identity.id === runnerId)?.savedDraftId).toBeNull();
  });

  it('should delete every studio file when the account is erased', async () => {
    expect(filesUnder(storageDir).some((file) => file.includes(maya.id))).toBe(true);
    const res = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/me',
      headers: mayaHeaders,
      payload: { password: maya.password },
    });
    expect(res.statusCode, res.body).toBe(204);
    expect(filesUnder(storageDir).filter((file) => file.includes(maya.id))).toEqual([]);
    const rows = await dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM studio_drafts WHERE user_id = $1`,
      [maya.id],
    );
    expect(rows[0].n).toBe(0);
  });
});
