import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { UserRole } from 'src/common/auth/user-role';
import type { StudioReferenceDto } from 'src/studio/dto/studio.dto';
import { bearerHeaders, createUser, type AuthHeaders } from 'test/factories/user.factory';
import { placeAt, seedIdentities } from 'test/utils/coaching';
import { call as api, photoWithExif, type StudioDraft, uploadPhoto, waitForDraft } from 'test/utils/studio';
import { startTestApp, type TestApp } from 'test/utils/test-app';

/** Every stored object of a client under the storage folder, relative (not the .meta.json files). */
const filesOf = (root: string, userId: string): string[] => {
  try {
    return readdirSync(join(root, 'studio', userId), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.endsWith('.meta.json'))
      .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
      .sort();
  } catch {
    return [];
  }
};

const SCENARIO = {
  name: 'Visualising one identity',
  description: 'At the last phase with one finished identity.',
  profile: { firstName: 'Vera', lastName: 'Tester' },
  state: { phase: 'identity_visualization', currentIdentity: 'Potter' },
  identities: [{ name: 'Potter', category: 'passions_and_talents', state: 'i_am_complete' }],
  notes: [],
  messages: [],
};

// A coaching reset or a test-scenario restore deletes the client's identities and, with them,
// their studio drafts; the drafts' files in storage go too, once the wipe has committed.
describe('studio files after a coaching reset (demo provider, local storage)', () => {
  let t: TestApp;
  let dataSource: DataSource;
  let storageDir: string;
  let staffHeaders: AuthHeaders;

  /** A client at the last phase with one identity and one finished draft of it. */
  const clientWithDraft = async (): Promise<{ id: string; headers: AuthHeaders; draft: StudioDraft }> => {
    const client = await createUser(t.app);
    const headers = await bearerHeaders(t.app, client);
    await api(t.app, 'GET', '/coach/state', headers);
    await placeAt(dataSource, client.id, 'identity_visualization');
    const [identity] = await seedIdentities(dataSource, client.id, [
      { name: 'Sea Swimmer', state: 'i_am_complete' },
    ]);
    const posted = await api(t.app, 'POST', `/studio/identities/${identity.id}/drafts`, headers);
    expect(posted.statusCode, posted.body).toBe(202);
    const draft = await waitForDraft(t.app, headers, identity.id, posted.json<StudioDraft>().id);
    expect(draft.status).toBe('ready');
    return { id: client.id, headers, draft };
  };
  const draftKeys = async (userId: string): Promise<string[]> =>
    (
      await dataSource.query<{ image_key: string; thumbnail_key: string }[]>(
        `SELECT image_key, thumbnail_key FROM studio_drafts WHERE user_id = $1`,
        [userId],
      )
    ).flatMap((row) => [row.image_key, row.thumbnail_key]);
  const draftRows = async (userId: string): Promise<number> =>
    (
      await dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM studio_drafts WHERE user_id = $1`,
        [userId],
      )
    )[0].n;

  beforeAll(async () => {
    storageDir = mkdtempSync(join(tmpdir(), 'studio-reset-e2e-'));
    t = await startTestApp('studio_reset', {
      env: { AI_PROVIDER: 'demo', STORAGE_DRIVER: 'local', STORAGE_LOCAL_DIR: storageDir },
    });
    dataSource = t.app.get(DataSource);
    staffHeaders = await bearerHeaders(t.app, await createUser(t.app, { role: UserRole.Staff }));
  });

  afterAll(async () => {
    await t?.close();
    rmSync(storageDir, { recursive: true, force: true });
  });

  it('should delete the drafts’ files and keep the reference photos when the client resets the coaching', async () => {
    const client = await clientWithDraft();
    const upload = await uploadPhoto(t.app, client.headers, await photoWithExif());
    expect(upload.statusCode, upload.body).toBe(201);
    const photo = upload.json<StudioReferenceDto>();
    const keys = await draftKeys(client.id);
    expect(keys).toHaveLength(2);
    expect(filesOf(storageDir, client.id)).toEqual(expect.arrayContaining(keys));

    const reset = await api(t.app, 'POST', '/coach/reset', client.headers, { confirm: true });
    expect(reset.statusCode, reset.body).toBe(204);

    expect(await draftRows(client.id)).toBe(0);
    const left = filesOf(storageDir, client.id);
    expect(left.filter((file) => file.includes('/drafts/'))).toEqual([]);
    // The photos are the client's, not the coaching's: still there and still served.
    expect(left.filter((file) => file.includes('/references/'))).toHaveLength(2);
    const stored = await t.app.inject({ method: 'GET', url: photo.url, headers: client.headers });
    expect(stored.statusCode).toBe(200);
  });

  it('should reset all the same and delete the other files when one file cannot be deleted', async () => {
    const client = await clientWithDraft();
    const [image, thumbnail] = await draftKeys(client.id);
    // A folder where the image was: the local driver's delete of that key fails.
    rmSync(join(storageDir, image));
    mkdirSync(join(storageDir, image));
    writeFileSync(join(storageDir, image, 'keep'), 'x');

    const reset = await api(t.app, 'POST', '/coach/reset', client.headers, { confirm: true });
    expect(reset.statusCode, reset.body).toBe(204);

    expect(await draftRows(client.id)).toBe(0);
    const left = filesOf(storageDir, client.id);
    expect(left).not.toContain(thumbnail);
    expect(left).toEqual([`${image}/keep`]);
  });

  it('should delete the drafts’ files when staff reset a test user to its scenario', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/test-scenarios',
      headers: staffHeaders,
      payload: SCENARIO,
    });
    expect(created.statusCode, created.body).toBe(201);
    const scenarioId = created.json<{ id: string }>().id;
    const made = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/test-scenarios/${scenarioId}/instantiate`,
      headers: staffHeaders,
    });
    expect(made.statusCode, made.body).toBe(201);
    const userId = made.json<{ userId: string }>().userId;
    // A finished draft of the template's identity, its two files written where the studio writes them.
    const [identity] = await dataSource.query<{ id: string }[]>(
      `SELECT id FROM identities WHERE user_id = $1`,
      [userId],
    );
    const keys = {
      image: `studio/${userId}/drafts/restore-test.png`,
      thumbnail: `studio/${userId}/drafts/restore-test-thumb.png`,
    };
    mkdirSync(join(storageDir, 'studio', userId, 'drafts'), { recursive: true });
    for (const key of Object.values(keys)) {
      writeFileSync(join(storageDir, key), 'png');
    }
    await dataSource.query(
      `INSERT INTO studio_drafts (user_id, identity_id, status, image_key, thumbnail_key, finished_at)
       VALUES ($1, $2, 'ready', $3, $4, now())`,
      [userId, identity?.id, keys.image, keys.thumbnail],
    );
    expect(filesOf(storageDir, userId)).toEqual([keys.thumbnail, keys.image].sort());

    const reset = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/test-scenarios/${scenarioId}/reset`,
      headers: staffHeaders,
      payload: { userId },
    });
    expect(reset.statusCode, reset.body).toBe(200);

    expect(await draftRows(userId)).toBe(0);
    expect(filesOf(storageDir, userId)).toEqual([]);
  });
});
