import type { components } from '../schema.js';
import { readErrorBody } from './errors.js';

type RefreshResponse = components['schemas']['RefreshResponseDto'];

/** Tokens from `POST /api/v1/auth/token` (or a refresh). */
export interface BearerTokens {
  accessToken: string;
  refreshToken?: string;
}

/** How the client signs its requests: an API key, bearer tokens, or nothing (cookies, public routes). */
export interface Credentials {
  apiKey?: string;
  accessToken?: string;
  refreshToken?: string;
}

/**
 * The current credentials and the one refresh in flight. Refresh tokens are single use and a
 * second use revokes the whole session (reuse detection), so concurrent calls that all meet
 * `token_expired` must share one `POST /auth/refresh` instead of each sending their own.
 */
export class CredentialStore {
  private tokens: BearerTokens | undefined;
  private readonly apiKey: string | undefined;
  private refreshing: Promise<boolean> | undefined;

  constructor(
    credentials: Credentials,
    private readonly onTokens?: (tokens: Required<BearerTokens>) => void | Promise<void>,
  ) {
    this.apiKey = credentials.apiKey;
    if (credentials.apiKey === undefined && credentials.accessToken !== undefined) {
      this.tokens = { accessToken: credentials.accessToken, refreshToken: credentials.refreshToken };
    }
  }

  get accessToken(): string | undefined {
    return this.tokens?.accessToken;
  }

  /** Replaces the tokens, e.g. after signing in through `POST /auth/token`. */
  setTokens(tokens: BearerTokens | undefined): void {
    this.tokens = tokens ? { ...tokens } : undefined;
  }

  /** Adds this client's credentials to a request's headers (an explicit header wins). */
  apply(headers: Headers): void {
    if (this.apiKey !== undefined && !headers.has('x-api-key')) {
      headers.set('X-Api-Key', this.apiKey);
    } else if (this.tokens && !headers.has('authorization')) {
      headers.set('Authorization', `Bearer ${this.tokens.accessToken}`);
    }
  }

  /** Whether a refusal means "refresh and try again": 401 `token_expired` with a refresh token. */
  async shouldRefresh(response: Response): Promise<boolean> {
    if (response.status !== 401 || !this.tokens?.refreshToken) {
      return false;
    }
    return (await readErrorBody(response))?.code === 'token_expired';
  }

  /**
   * Refreshes once for everyone waiting. `usedAccessToken` is the token the failed request
   * carried: if another call already refreshed since, there is nothing to do but retry.
   */
  refresh(
    usedAccessToken: string | undefined,
    send: (request: Request) => Promise<Response>,
    baseUrl: string,
  ): Promise<boolean> {
    if (this.tokens && usedAccessToken !== undefined && this.tokens.accessToken !== usedAccessToken) {
      return Promise.resolve(true);
    }
    this.refreshing ??= this.runRefresh(send, baseUrl).finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async runRefresh(send: (request: Request) => Promise<Response>, baseUrl: string): Promise<boolean> {
    const refreshToken = this.tokens?.refreshToken;
    if (!refreshToken) {
      return false;
    }
    const response = await send(
      new Request(`${baseUrl}/api/v1/auth/refresh`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ refreshToken }),
      }),
    );
    if (!response.ok) {
      // The session is over (revoked, reused or expired refresh token): the caller sees the 401.
      return false;
    }
    const body = (await response.json()) as RefreshResponse;
    if (!body.accessToken || !body.refreshToken) {
      return false;
    }
    this.tokens = { accessToken: body.accessToken, refreshToken: body.refreshToken };
    await this.onTokens?.({ accessToken: body.accessToken, refreshToken: body.refreshToken });
    return true;
  }
}
