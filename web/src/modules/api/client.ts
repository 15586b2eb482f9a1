import { createApiClient } from '@dev-coach/frontend-api';

/**
 * The app's one API client (`@dev-coach/frontend-api`): typed paths, session cookies, the CSRF
 * header on writes and a shared refresh-and-retry when the access token expires. Hooks call it
 * through `unwrap()`, which rejects with an `ApiError`.
 */
export const api = createApiClient();
