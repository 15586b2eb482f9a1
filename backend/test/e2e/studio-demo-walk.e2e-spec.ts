import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { components } from '@dev-coach/api-client';
import sharp from 'sharp';
import { findRepoRoot } from 'src/config/paths';
import type { StudioStateDto } from 'src/studio/dto/studio.dto';
import { bearerHeaders, createUser, type AuthHeaders } from 'test/factories/user.factory';
import { walkDemoCurriculum } from 'test/utils/demo-walk';
import { call, generateAndSave } from 'test/utils/studio';
import { startTestApp, type TestApp } from 'test/utils/test-app';

type Identity = components['schemas']['IdentityResponseDto'];

// The product's ending, offline: the demo coach walks a client through the whole curriculum,
// the studio opens in the last phase, and every committed identity gets a saved picture that
// the "I am" PDF shows.
describe('studio at the end of a demo walk', () => {
  let t: TestApp;
  let storageDir: string;
  let alice: AuthHeaders;

  beforeAll(async () => {
    storageDir = mkdtempSync(join(tmpdir(), 'studio-walk-'));
    t = await startTestApp('studio_demo_walk', {
      env: {
        AI_PROVIDER: 'demo',
        AI_DEMO_CHUNK_DELAY_MS: '0',
        USER_TURNS_PER_MINUTE: '0',
        USER_BUTTON_PRESSES_PER_MINUTE: '0',
        STORAGE_LOCAL_DIR: storageDir,
      },
    });
    alice = await bearerHeaders(t.app, await createUser(t.app, { firstName: 'Alice' }));
  });

  afterAll(async () => {
    await t?.close();
    rmSync(storageDir, { recursive: true, force: true });
  });

  it('should end with a saved picture on every committed identity when a client walks the curriculum', async () => {
    const before = (await call(t.app, 'GET', '/studio', alice)).json<StudioStateDto>();
    expect(before.open).toBe(false);

    await walkDemoCurriculum(t.app, alice);

    const studio = (await call(t.app, 'GET', '/studio', alice)).json<StudioStateDto>();
    expect(studio.open).toBe(true);
    const identities = (await call(t.app, 'GET', '/identities', alice)).json<Identity[]>();
    expect(identities.length).toBeGreaterThanOrEqual(5);
    for (const identity of identities) {
      await generateAndSave(t.app, alice, identity.id);
    }

    const after = (await call(t.app, 'GET', '/studio', alice)).json<StudioStateDto>();
    for (const identity of identities) {
      const shown = after.identities.find((item) => item.id === identity.id);
      expect(shown?.savedDraftId, identity.name).toBeTruthy();
      const picture = await t.app.inject({
        method: 'GET',
        url: `/api/v1/identities/${identity.id}/image`,
        headers: alice,
      });
      expect(picture.statusCode, identity.name).toBe(200);
      expect((await sharp(picture.rawPayload).metadata()).format).toBe('png');
    }

    const pdf = await t.app.inject({ method: 'GET', url: '/api/v1/identities/i-am.pdf', headers: alice });
    expect(pdf.statusCode).toBe(200);
    const images = pdf.rawPayload.toString('latin1').match(/\/Subtype \/Image/g) ?? [];
    expect(images.length).toBeGreaterThanOrEqual(identities.length);
    // Kept for a person to look at (pdftoppm turns it into PNG pages).
    const out = join(findRepoRoot(), 'test-results');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'i-am-with-pictures.pdf'), pdf.rawPayload);
  });
});
