import * as fc from 'fast-check';
import { DataSource } from 'typeorm';
import { UserNoteEntity } from 'src/notes/entities/user-note.entity';
import { bearerHeaders, createUser, type AuthHeaders } from 'test/factories/user.factory';
import {
  fetchOpenApiDocument,
  fillPath,
  isAdminPath,
  isPublic,
  listOperations,
  type OpenApiDocument,
  type Operation,
  pathParameters,
} from 'test/utils/openapi';
import { valueFor } from 'test/utils/openapi-fuzz';
import { placeAt } from 'test/utils/coaching';
import { generateAndSave, photoWithExif, uploadPhoto } from 'test/utils/studio';
import { startTestApp, type TestApp } from 'test/utils/test-app';

// quality.md reliability test 4, generated from the OpenAPI document: every client route with an
// id in its path, called by another client with the owner's real id, answers 404 and changes
// nothing. (Admin routes as a client → 403 and anonymous → 401, also read from the document, are
// in auth-access.e2e-spec.ts; privileged body fields there too.) A new client route with an id
// fails here until the owner below has something it can name.

/** `/api/v1/identities/{id}/x` → `/api/v1/identities`: where the owner's ids of that kind come from. */
const collectionOf = (path: string): string =>
  path.slice(0, path.indexOf('/{') === -1 ? undefined : path.indexOf('/{'));

const idsOf = (body: unknown): string[] => {
  const items: unknown[] = Array.isArray(body)
    ? body
    : body && typeof body === 'object' && Array.isArray((body as { items?: unknown }).items)
      ? (body as { items: unknown[] }).items
      : [];
  return items.flatMap((item) =>
    item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
      ? [(item as { id: string }).id]
      : [],
  );
};

/** A few bodies the schema accepts (its examples first), so a 400 cannot hide the ownership check. */
const validBodies = (document: OpenApiDocument, operation: Operation): (string | undefined)[] => {
  const schema = operation.spec.requestBody?.content['application/json']?.schema;
  return schema
    ? fc.sample(valueFor(document, schema, 0), { numRuns: 5, seed: 42 }).map((body) => JSON.stringify(body))
    : [undefined];
};

describe('authorization matrix from the OpenAPI document', () => {
  let t: TestApp;
  let document: OpenApiDocument;
  let owner: AuthHeaders;
  let intruder: AuthHeaders;
  const owned = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestApp('authz_matrix', {
      env: { AI_PROVIDER: 'demo', AI_DEMO_CHUNK_DELAY_MS: '0', USER_TURNS_PER_MINUTE: '0' },
    });
    document = await fetchOpenApiDocument(t.app);
    const ownerUser = await createUser(t.app);
    owner = await bearerHeaders(t.app, ownerUser);
    intruder = await bearerHeaders(t.app, await createUser(t.app));

    // One of everything a client owns: an identity, a finished turn, a note, a session.
    const identity = await t.app.inject({
      method: 'POST',
      url: '/api/v1/identities',
      headers: owner,
      payload: { name: 'Runner', category: 'physical_expression' },
    });
    expect(identity.statusCode, identity.body).toBe(201);
    const turn = await t.app.inject({
      method: 'POST',
      url: '/api/v1/coach/turns?wait=true',
      headers: owner,
      payload: { message: 'I grew up by the sea.' },
    });
    expect(turn.statusCode, turn.body).toBe(200);
    owned.set('/api/v1/coach/turns', turn.json<{ turn: { id: string } }>().turn.id);
    await t.app
      .get(DataSource)
      .getRepository(UserNoteEntity)
      .save({ userId: ownerUser.id, text: 'Has a dog.', sourceMessageId: null });
    // The studio: a photo, and a saved draft of the identity (the owner is in the last phase).
    const identityId = identity.json<{ id: string }>().id;
    await placeAt(t.app.get(DataSource), ownerUser.id, 'identity_visualization');
    const photo = await uploadPhoto(t.app, owner, await photoWithExif());
    expect(photo.statusCode, photo.body).toBe(201);
    const draft = await generateAndSave(t.app, owner, identityId);
    owned.set('/api/v1/studio/references', photo.json<{ id: string }>().id);
    owned.set('/api/v1/studio/identities', identityId);
    owned.set('/api/v1/studio/drafts', draft.id);
    // Every list the owner can read names ids of its own kind.
    for (const operation of listOperations(document)) {
      if (
        operation.method === 'get' &&
        !operation.path.includes('{') &&
        !isAdminPath(operation.path) &&
        !isPublic(operation)
      ) {
        const res = await t.app.inject({ method: 'GET', url: operation.path, headers: owner });
        const [id] =
          res.statusCode === 200 && res.headers['content-type']?.toString().includes('json')
            ? idsOf(res.json())
            : [];
        if (id && !owned.has(operation.path)) {
          owned.set(operation.path, id);
        }
      }
    }
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should answer 404 and change nothing when another client uses the owner’s id on any client route', async () => {
    const routes = listOperations(document).filter(
      (operation) =>
        !isAdminPath(operation.path) && !isPublic(operation) && pathParameters(operation).length > 0,
    );
    expect(routes.length).toBeGreaterThanOrEqual(8);
    const results: string[] = [];
    const before = await snapshot();
    for (const operation of routes) {
      const id = owned.get(collectionOf(operation.path));
      const url = fillPath(
        operation.path,
        Object.fromEntries(pathParameters(operation).map((p) => [p.name, id ?? ''])),
      );
      if (!id) {
        results.push(`${operation.key}: the owner has no ${collectionOf(operation.path)} id to try`);
        continue;
      }
      let refused = false;
      for (const payload of validBodies(document, operation)) {
        const res = await t.app.inject({
          method: operation.method.toUpperCase() as 'GET',
          url,
          headers: { ...intruder, ...(payload === undefined ? {} : { 'content-type': 'application/json' }) },
          payload,
        });
        refused ||= res.statusCode === 404;
        if (res.statusCode !== 404 && res.statusCode !== 400) {
          results.push(`${operation.key} as another client: ${res.statusCode}`);
        }
      }
      if (!refused) {
        results.push(`${operation.key}: no generated body got past validation to the ownership check`);
      }
      // The same id works for its owner, so the 404 above is about ownership, not a bad id.
      if (operation.method === 'get') {
        const mine = await t.app.inject({ method: 'GET', url, headers: owner });
        if (mine.statusCode !== 200) {
          results.push(`${operation.key} as the owner: ${mine.statusCode}`);
        }
      }
    }
    expect(results).toEqual([]);
    process.stdout.write(
      `authorization matrix: ${routes.length} client routes with ids, each 404 for another client\n`,
    );
    expect(await snapshot()).toEqual(before);
  });

  /** What the owner sees of their own data, to prove the intruder changed none of it. */
  const snapshot = async (): Promise<Record<string, unknown>> => {
    const views: Record<string, unknown> = {};
    for (const url of [
      '/api/v1/identities',
      '/api/v1/notes',
      '/api/v1/me/sessions',
      '/api/v1/coach/messages',
    ]) {
      const res = await t.app.inject({ method: 'GET', url, headers: owner });
      views[url] = res.statusCode === 200 ? res.json<unknown>() : res.statusCode;
    }
    return views;
  };
});
