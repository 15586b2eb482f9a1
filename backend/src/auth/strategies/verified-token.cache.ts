/** How many verified access tokens one process remembers (a token is a few hundred bytes). */
export const VERIFIED_TOKEN_CACHE_SIZE = 10_000;

interface Entry<T> {
  claims: T;
  /** The token's `exp`, in seconds since the epoch. */
  exp: number;
}

/**
 * Access tokens whose signature and claims (issuer, audience, algorithm, expiry) were already
 * verified, keyed by the raw token, each kept until its own `exp`. Checking the HMAC of the same
 * token on every request of a client was ~3 % of an authenticated read's CPU (docs/performance.md).
 *
 * What it remembers is a fact about the token alone, true until `exp` whatever happens to the
 * session: whether the session still lets the token in (logout, logout-all, password reset,
 * role change, disabling) is decided on every request after this, by
 * `SessionsService.authContext` and its explicitly invalidated cache. So an entry here can never
 * keep a revoked session alive. Only successes are stored; a bad token is verified (and refused)
 * every time. Least recently used entries go first when it is full.
 */
export class VerifiedTokenCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly maxEntries = VERIFIED_TOKEN_CACHE_SIZE,
    private readonly nowSeconds: () => number = () => Math.floor(Date.now() / 1000),
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The claims of a token verified before and not yet expired, or undefined. */
  get(token: string): T | undefined {
    const entry = this.entries.get(token);
    if (!entry) {
      return undefined;
    }
    // jsonwebtoken refuses a token once `now >= exp` (whole seconds); so does this.
    if (this.nowSeconds() >= entry.exp) {
      this.entries.delete(token);
      return undefined;
    }
    // Re-inserted so the Map's insertion order stays least recently used first.
    this.entries.delete(token);
    this.entries.set(token, entry);
    return entry.claims;
  }

  /** Remembers a token that just passed verification, until its `exp`. */
  store(token: string, claims: T, exp: number): void {
    if (!Number.isFinite(exp) || this.nowSeconds() >= exp) {
      return;
    }
    this.entries.delete(token);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) {
        this.entries.delete(oldest);
      }
    }
    this.entries.set(token, { claims, exp });
  }
}
