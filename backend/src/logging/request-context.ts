import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { levels } from 'pino';

/** What request-scoped lines carry besides the request (pino-http's `customProps`). */
export const REQUEST_PROPS = Object.freeze({ service: 'api' });

/**
 * pino-http writes its one line per request at `info`. Above that level (`warn`, `error`,
 * `fatal`, `silent`) no request line can print, yet pino-http would still build two child
 * loggers per request (serializing the request into their bindings) and listen for the
 * response's end: tens of µs of CPU a request, for lines that are then dropped
 * (docs/performance.md, state throughput).
 */
export const requestLinesPrint = (level: string): boolean =>
  (levels.values[level] ?? Number.POSITIVE_INFINITY) <= levels.values.info;

/**
 * The request a line is written in, when request lines are off. A warning or error logged while
 * handling a request still names it (`req` and `service`, as pino-http's child logger did),
 * added by the root logger's `mixin` only to lines that actually print.
 */
const currentRequest = new AsyncLocalStorage<IncomingMessage>();

/** pino `mixin`: the current request's fields, or nothing outside a request. */
export const requestMixin = (): object => {
  const req = currentRequest.getStore();
  return req ? { req, ...REQUEST_PROPS } : {};
};

/** Middleware that makes `req` the current request for the rest of its handling. */
export const bindRequest = (req: IncomingMessage, _res: ServerResponse, next: () => void): void => {
  currentRequest.run(req, next);
};
