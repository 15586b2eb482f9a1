export {
  ApiError,
  type ApiErrorBody,
  type ApiErrorDetail,
  CLIENT_ERROR_CODES,
  parseApiError,
  toApiError,
} from './ApiError';
export { CSRF_COOKIE, CSRF_COOKIE_HTTPS, CSRF_HEADER, REFRESH_LOCK_NAME, REFRESH_PATH } from './constants';
export { readCsrfCookie } from './cookies';
export {
  type ApiClient,
  type ApiData,
  type ApiResult,
  createApiClient,
  unwrap,
  unwrapResult,
} from './createApiClient';
export {
  markRefreshAttempted,
  refreshSession,
  shouldRefreshSession,
  wasRefreshAttempted,
} from './sessionRefresh';
export {
  type DraftEvent,
  type DraftStage,
  downloadUrl,
  followDraftEvents,
  type FollowDraftOptions,
  SseParser,
  type TerminalDraftEvent,
} from './studio';
