import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PasswordService } from 'src/auth/services/password.service';
import { UserRole } from 'src/common/auth/user-role';
import { UsersService } from 'src/users/users.service';
import { DEFAULT_TEST_PASSWORD } from 'test/factories/user.factory';

// Client traffic for the load and restart tests, over real HTTP against a server process:
// streaming coach turns (POST, then the turn's Server-Sent Events to the end) and CRUD on
// identities and the profile. Every answer is tallied; what counts as an error is the caller's.

export interface Tally {
  total: number;
  /** `status` (or `network`) → count. */
  statuses: Record<string, number>;
  /** The first few unexpected answers, for the failure message. */
  samples: string[];
}

export const newTally = (): Tally => ({ total: 0, statuses: {}, samples: [] });

const count = (tally: Tally, outcome: string, expected: boolean, what: string): void => {
  tally.total += 1;
  tally.statuses[outcome] = (tally.statuses[outcome] ?? 0) + 1;
  if (!expected && tally.samples.length < 10) {
    tally.samples.push(`${what}: ${outcome}`);
  }
};

/** Clients inserted directly (one password hash for all: hashing 200 is not what is measured). */
export const createClients = async (
  app: NestFastifyApplication,
  count: number,
  label: string,
): Promise<string[]> => {
  const passwordHash = await app.get(PasswordService).hash(DEFAULT_TEST_PASSWORD);
  const users = app.get(UsersService);
  const emails: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const email = `${label}-${index}@example.test`;
    await users.create({
      email,
      passwordHash,
      role: UserRole.User,
      firstName: 'Load',
      lastName: `${index}`,
      emailVerifiedAt: new Date(),
    });
    emails.push(email);
  }
  return emails;
};

/** Signs every client in through the server, a few at a time. */
export const signIn = async (base: string, emails: string[]): Promise<Record<string, string>[]> => {
  const headers: Record<string, string>[] = [];
  for (let start = 0; start < emails.length; start += 10) {
    const batch = await Promise.all(
      emails.slice(start, start + 10).map(async (email) => {
        const res = await fetch(`${base}/api/v1/auth/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email, password: DEFAULT_TEST_PASSWORD }),
        });
        if (!res.ok) {
          throw new Error(`sign-in of ${email}: ${res.status} ${await res.text()}`);
        }
        return { authorization: `Bearer ${(await res.json()).accessToken as string}` };
      }),
    );
    headers.push(...batch);
  }
  return headers;
};

const call = async (
  tally: Tally,
  base: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body: unknown,
  ok: (status: number) => boolean,
): Promise<Response | undefined> => {
  try {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    count(tally, String(res.status), ok(res.status), `${method} ${path}`);
    return res;
  } catch (error) {
    count(tally, 'network', false, `${method} ${path} ${(error as Error).message}`);
    return undefined;
  }
};

/**
 * One streaming turn: POST it, then read its events until `done`. The stream counts as one more
 * request: `stream-done`, `stream-error` (the turn failed) or `stream-cut` (ended without either).
 */
export const streamingTurn = async (
  tally: Tally,
  base: string,
  headers: Record<string, string>,
  ok: (status: number) => boolean = (status) => status === 202,
): Promise<void> => {
  const res = await call(
    tally,
    base,
    'POST',
    '/api/v1/coach/turns',
    headers,
    { message: 'I grew up by the sea.' },
    ok,
  );
  if (res?.status !== 202) {
    await res?.arrayBuffer();
    return;
  }
  const { turn } = (await res.json()) as { turn: { id: string } };
  try {
    const events = await fetch(`${base}/api/v1/coach/turns/${turn.id}/events`, { headers });
    const text = await events.text();
    const outcome = /^event: done$/m.test(text)
      ? 'stream-done'
      : /^event: error$/m.test(text)
        ? 'stream-error'
        : 'stream-cut';
    count(tally, outcome, outcome === 'stream-done', `events of ${turn.id}`);
  } catch (error) {
    count(tally, 'stream-network', false, `events of ${turn.id}: ${(error as Error).message}`);
  }
};

/** CRUD on identities plus profile and history reads, looping until `until()` says stop. */
export const crudLoop = async (
  tally: Tally,
  base: string,
  headers: Record<string, string>,
  until: () => boolean,
  ok: (status: number) => boolean = (status) => status >= 200 && status < 300,
): Promise<void> => {
  for (let round = 0; !until(); round += 1) {
    const created = await call(
      tally,
      base,
      'POST',
      '/api/v1/identities',
      headers,
      { name: `Runner ${round}`, category: 'physical_expression' },
      ok,
    );
    const id = created?.status === 201 ? ((await created.json()) as { id: string }).id : undefined;
    await created?.arrayBuffer().catch(() => undefined);
    for (const path of [
      '/api/v1/identities',
      '/api/v1/me',
      '/api/v1/coach/messages?limit=20',
      '/api/v1/coach/state',
    ]) {
      (await call(tally, base, 'GET', path, headers, undefined, ok))?.arrayBuffer().catch(() => undefined);
    }
    if (id) {
      await (
        await call(
          tally,
          base,
          'PATCH',
          `/api/v1/identities/${id}`,
          headers,
          { notes: ['Most mornings'] },
          ok,
        )
      )?.arrayBuffer();
      await (
        await call(tally, base, 'DELETE', `/api/v1/identities/${id}`, headers, undefined, ok)
      )?.arrayBuffer();
    }
  }
};

export const errorCount = (tally: Tally, isError: (outcome: string) => boolean): number =>
  Object.entries(tally.statuses).reduce((sum, [outcome, n]) => sum + (isError(outcome) ? n : 0), 0);
