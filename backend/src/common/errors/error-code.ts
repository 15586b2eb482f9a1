// Stable, machine-readable codes. Clients translate these; never rename one that shipped.
export enum CommonErrorCode {
  ValidationFailed = 'validation_failed',
  MalformedJson = 'malformed_json',
  BadRequest = 'bad_request',
  Unauthorized = 'unauthorized',
  Forbidden = 'forbidden',
  NotFound = 'not_found',
  MethodNotAllowed = 'method_not_allowed',
  Conflict = 'conflict',
  PayloadTooLarge = 'payload_too_large',
  UnsupportedMediaType = 'unsupported_media_type',
  TooManyRequests = 'too_many_requests',
  ServiceUnavailable = 'service_unavailable',
  InternalError = 'internal_error',
}
