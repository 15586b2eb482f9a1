// A service the request needs (database, Redis) did not answer. The request itself was fine and
// may succeed when retried shortly, so the global filter answers 503 with Retry-After, not 500.
// Infrastructure code throws subclasses; drivers' own connection errors are recognised by
// `isDependencyOutage` instead.
export class DependencyUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}
