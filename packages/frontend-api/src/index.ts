export {
  ApiError,
  type ApiErrorBody,
  type ApiErrorDetail,
  CLIENT_ERROR_CODES,
  parseApiError,
  toApiError,
} from './ApiError';
export {
  API_PREFIX,
  CSRF_COOKIE,
  CSRF_HEADER,
  REFRESH_LOCK_NAME,
  REFRESH_PATH,
  SESSION_ROUTES,
} from './constants';
export { readCookie } from './cookies';
export {
  type ApiClient,
  type ApiData,
  type ApiResult,
  createApiClient,
  unwrap,
  unwrapResult,
} from './createApiClient';
export { createSessionMiddleware, type SessionMiddlewareOptions } from './sessionMiddleware';
export {
  markRefreshAttempted,
  refreshSession,
  shouldRefreshSession,
  wasRefreshAttempted,
} from './sessionRefresh';
