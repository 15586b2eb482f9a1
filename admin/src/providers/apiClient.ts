import { createApiClient } from '@dev-coach/frontend-api';

/**
 * The back office's one API client (`@dev-coach/frontend-api`): typed paths, session cookies, the
 * CSRF header on writes and a refresh-and-retry shared with the web app's tabs.
 */
export const api = createApiClient();
