import { DependencyUnavailableError } from 'src/common/errors/dependency-unavailable.error';

// Socket-level failures from pg, ioredis or net: the peer is down or unreachable.
const CONNECTION_ERRNO = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

// SQLSTATEs meaning "the server is not serving us right now", not "the query is wrong":
// class 08 (connection exception), admin/crash shutdown, starting up, too many connections.
const UNAVAILABLE_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[1-3]|53300)$/;

// Drivers that report a lost connection with a plain Error and no code.
const CONNECTION_MESSAGES = [
  // pg: Client.connect() timeout, pool timeouts, socket closed under a query
  'timeout expired',
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Cannot use a pool after calling end on the pool',
  // ioredis: offline queue disabled, or the socket went away mid-command
  "Stream isn't writeable",
  'Connection is closed',
];

// SQLSTATEs for text PostgreSQL cannot store: NUL (22021, or 22P05 inside JSON) and unpaired
// surrogates. The edge input guard rejects these first; this catches what arrives another way.
const INVALID_TEXT_SQLSTATE = new Set(['22021', '22P05']);

const MAX_CHAIN = 8;

const stringProperty = (value: object, key: string): string | undefined => {
  const property = (value as Record<string, unknown>)[key];
  return typeof property === 'string' ? property : undefined;
};

// The error and what it wraps: `cause`, TypeORM's `driverError`, AggregateError's `errors`
// (net reports a refused dual-stack connect that way). Bounded, so a cyclic cause cannot spin.
const chainOf = (error: unknown): object[] => {
  const seen: object[] = [];
  const pending: unknown[] = [error];
  while (pending.length > 0 && seen.length < MAX_CHAIN) {
    const current = pending.shift();
    if (typeof current !== 'object' || current === null || seen.includes(current)) {
      continue;
    }
    seen.push(current);
    const record = current as Record<string, unknown>;
    pending.push(record.cause, record.driverError);
    if (Array.isArray(record.errors)) {
      pending.push(...(record.errors as unknown[]));
    }
  }
  return seen;
};

const isOutageLink = (link: object): boolean => {
  if (link instanceof DependencyUnavailableError) {
    return true;
  }
  const code = stringProperty(link, 'code');
  if (code !== undefined && (CONNECTION_ERRNO.has(code) || UNAVAILABLE_SQLSTATE.test(code))) {
    return true;
  }
  const name = stringProperty(link, 'name');
  // TypeORM releases a transaction's query runner when its connection dies under it; the next
  // query or COMMIT of that transaction then throws this instead of the socket error.
  if (name === 'MaxRetriesPerRequestError' || name === 'QueryRunnerAlreadyReleasedError') {
    return true;
  }
  const message = stringProperty(link, 'message') ?? '';
  return CONNECTION_MESSAGES.some((fragment) => message.includes(fragment));
};

/** True when `error` (or what it wraps) says the database or Redis is down or unreachable. */
export const isDependencyOutage = (error: unknown): boolean => chainOf(error).some(isOutageLink);

/** True when PostgreSQL refused a value because its text holds NUL or an unpaired surrogate. */
export const isInvalidTextForDatabase = (error: unknown): boolean =>
  chainOf(error).some((link) => INVALID_TEXT_SQLSTATE.has(stringProperty(link, 'code') ?? ''));
