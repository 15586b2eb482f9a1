import { UserRole } from 'src/common/auth/user-role';
import { bearerHeaders, createUser, type TestUser } from 'test/factories/user.factory';
import {
  fetchOpenApiDocument,
  listOperations,
  type OpenApiDocument,
  type Operation,
  ResponseValidator,
} from 'test/utils/openapi';
import { type Caller, fuzzOperations, type FuzzResult } from 'test/utils/openapi-fuzz';
import { startTestApp, type TestApp } from 'test/utils/test-app';

// The app the fuzzing runs (quick in `npm test`, full in `npm run test:reliability`) aim at:
// a client with some coaching data, a superuser, the demo model, limits high enough that the
// fuzzer reaches the routes instead of the rate limiters (which have their own tests).

export interface FuzzTarget {
  t: TestApp;
  document: OpenApiDocument;
  operations: Operation[];
  run(runsPerOperation: number, seed: number): Promise<FuzzResult>;
}

const FUZZ_ENV = {
  AI_PROVIDER: 'demo',
  AI_DEMO_CHUNK_DELAY_MS: '0',
  USER_TURNS_PER_MINUTE: '0',
  USER_BUTTON_PRESSES_PER_MINUTE: '0',
  AUTH_RATE_LIMIT_IP: '1000000',
  LOGIN_RATE_LIMIT_IP: '1000000',
  LOGIN_RATE_LIMIT_ACCOUNT: '1000000',
  LOGIN_RATE_LIMIT_ACCOUNT_ALL_IPS: '1000000',
  EMAIL_RATE_LIMIT_ADDRESS: '1000000',
};

/** Every `id` value anywhere in a JSON body. */
const idsIn = (value: unknown, found: Set<string>): void => {
  if (Array.isArray(value)) {
    value.forEach((entry) => idsIn(entry, found));
  } else if (value && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) {
      if ((key === 'id' || key.endsWith('Id')) && typeof entry === 'string') {
        found.add(entry);
      }
      idsIn(entry, found);
    }
  }
};

export const startFuzzTarget = async (label: string): Promise<FuzzTarget> => {
  const t = await startTestApp(label, { env: FUZZ_ENV });
  const document = await fetchOpenApiDocument(t.app);
  const operations = listOperations(document);
  const users: Record<Exclude<Caller, 'anonymous'>, TestUser> = {
    client: await createUser(t.app),
    staff: await createUser(t.app, { role: UserRole.Superuser }),
  };
  const headers = new Map<Caller, Record<string, string>>();
  // A fuzzed logout-all, password change or staff edit can end a caller's session; sign in again
  // rather than let the rest of the run test only the 401 path.
  const authFor = async (caller: Caller): Promise<Record<string, string>> => {
    if (caller === 'anonymous') {
      return {};
    }
    const current = headers.get(caller);
    if (
      current &&
      (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: current })).statusCode === 200
    ) {
      return current;
    }
    const fresh = await bearerHeaders(t.app, users[caller]);
    headers.set(caller, fresh);
    return fresh;
  };

  // Data worth pointing path parameters at: an identity, a finished turn, its messages.
  const client = await authFor('client');
  await t.app.inject({
    method: 'POST',
    url: '/api/v1/identities',
    headers: client,
    payload: { name: 'Runner', category: 'physical_expression', note: 'Runs most mornings' },
  });
  await t.app.inject({
    method: 'POST',
    url: '/api/v1/coach/turns?wait=true',
    headers: client,
    payload: { message: 'I grew up by the sea.' },
  });
  const found = new Set<string>();
  for (const operation of operations.filter(
    (candidate) => candidate.method === 'get' && !candidate.path.includes('{'),
  )) {
    for (const caller of ['client', 'staff'] as const) {
      const res = await t.app.inject({ method: 'GET', url: operation.path, headers: await authFor(caller) });
      if (res.headers['content-type']?.toString().startsWith('application/json')) {
        idsIn(res.json(), found);
      }
    }
  }
  // Staff fuzzing DELETE /admin/users/{id} must not erase the callers themselves mid-run.
  found.delete(users.client.id);
  found.delete(users.staff.id);
  const ids = [...found];
  const validator = new ResponseValidator(document);

  return {
    t,
    document,
    operations,
    run: (runsPerOperation, seed) =>
      fuzzOperations(t.app, document, operations, validator, { runsPerOperation, seed, authFor, ids }),
  };
};
