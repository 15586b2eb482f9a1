import createClient from 'openapi-fetch';
import type { components, paths } from '../schema.js';
import { CredentialStore, type BearerTokens } from './credentials.js';
import { DevCoachApiError } from './errors.js';
import { resolveRetryOptions, type RetryOptions } from './retry.js';
import { createSdkFetch, type FetchLike } from './sdkFetch.js';
import { followTurnEvents, type StreamTurnOptions } from './streamTurn.js';
import type { TurnEvent } from './turnEvents.js';

type Schemas = components['schemas'];

export interface DevCoachClientOptions {
  /** The server's origin, e.g. `https://coach.example.com` (paths carry `/api/v1`). */
  baseUrl: string;
  /** A staff-issued API key (`dck_…`), sent as `X-Api-Key`. */
  apiKey?: string;
  /** Tokens from `POST /api/v1/auth/token`, sent as `Authorization: Bearer`. */
  accessToken?: string;
  /** With it, a `token_expired` answer is refreshed once and the request sent again. */
  refreshToken?: string;
  /** Called with each new token pair; store it (the previous refresh token is spent). */
  onTokens?: (tokens: Required<BearerTokens>) => void | Promise<void>;
  /** Retries of 429/503 for idempotent or keyed requests (default 3 with backoff). */
  retry?: RetryOptions;
  /** Your fetch (default `globalThis.fetch`): a proxy agent, a test double, instrumentation. */
  fetch?: FetchLike;
  /** `include` for a browser app on another origin that signs in with cookies. */
  credentials?: RequestCredentials;
}

/** A new turn: the body of `POST /coach/turns` plus an optional key of your own. */
export type TurnInput = Schemas['CreateTurnDto'] & {
  /** Reuse the same key to retry the same turn (e.g. after an `error` event). Default: a new UUID. */
  idempotencyKey?: string;
};

/**
 * The Dev Coach SDK: the typed openapi-fetch client (`client.api.GET('/api/v1/me')`…) whose
 * requests are signed, refreshed and retried, plus `signIn` and `streamTurn`.
 */
export function createDevCoachClient(options: DevCoachClientOptions) {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const store = new CredentialStore(options, options.onTokens);
  // Bound late so a test or polyfill that replaces globalThis.fetch after import still counts.
  const transport: FetchLike = options.fetch ?? ((request) => globalThis.fetch(request));
  const fetch = createSdkFetch({
    baseUrl,
    credentials: store,
    retry: resolveRetryOptions(options.retry),
    fetch: transport,
  });
  const api = createClient<paths>({ baseUrl, fetch, credentials: options.credentials });

  /** Signs in with a password (and a 2FA code when on) and keeps the tokens for later calls. */
  async function signIn(body: Schemas['LoginDto']): Promise<Schemas['TokenResponseDto']> {
    const { data, response } = await api.POST('/api/v1/auth/token', { body });
    if (!data) {
      throw await DevCoachApiError.fromResponse(response);
    }
    store.setTokens({ accessToken: data.accessToken, refreshToken: data.refreshToken });
    await options.onTokens?.({ accessToken: data.accessToken, refreshToken: data.refreshToken });
    return data;
  }

  /** Posts a turn (with an Idempotency-Key) and answers with its id, or throws the refusal. */
  async function postTurn(input: TurnInput): Promise<string> {
    const { idempotencyKey, ...body } = input;
    const { data, response } = await api.POST('/api/v1/coach/turns', {
      body,
      // Without a key of yours, the SDK fetch adds one (createSdkFetch) before the first attempt.
      params: idempotencyKey === undefined ? {} : { header: { 'Idempotency-Key': idempotencyKey } },
    });
    if (!data) {
      throw await DevCoachApiError.fromResponse(response);
    }
    return data.turn.id;
  }

  /**
   * The events of a turn, as an async iterator that ends after `done` or `error`. Give a turn id
   * to follow an existing turn, or a turn body to post it first. Dropped connections resume.
   */
  async function* streamTurn(
    turn: string | TurnInput,
    streamOptions: StreamTurnOptions = {},
  ): AsyncGenerator<TurnEvent, void, undefined> {
    const turnId = typeof turn === 'string' ? turn : await postTurn(turn);
    yield* followTurnEvents(fetch, baseUrl, turnId, streamOptions);
  }

  return {
    api,
    signIn,
    postTurn,
    streamTurn,
    /** The current access token (after refreshes), e.g. to persist it. */
    get accessToken(): string | undefined {
      return store.accessToken;
    },
    setTokens: (tokens: BearerTokens | undefined) => store.setTokens(tokens),
  };
}

export type DevCoachClient = ReturnType<typeof createDevCoachClient>;
