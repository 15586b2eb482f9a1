import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsIn,
  IsInt,
  IsJSON,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  Min,
  Matches,
  MinLength,
  validateSync,
  type ValidationError,
} from 'class-validator';

export enum NodeEnv {
  Development = 'development',
  Production = 'production',
  Test = 'test',
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const toBoolean = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') {
    return value;
  }
  const normalised = value.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(normalised)) {
    return true;
  }
  if (['0', 'false', 'no', 'off', ''].includes(normalised)) {
    return false;
  }
  return value;
};

const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;

const databaseUrl = { protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true };
const redisUrl = { protocols: ['redis', 'rediss'], require_tld: false, require_protocol: true };
const httpUrl = { protocols: ['http', 'https'], require_tld: false, require_protocol: true };
const MODEL_NAME = /^[\w.:/-]{1,100}$/;
/** `900`, `900s`, `15m`, `12h`, `30d`: see `parseDurationSeconds`. */
const DURATION = /^\d+(s|m|h|d)?$/;
/** `https://<public key>@<host>[:port][/path]/<project id>`, as Sentry shows it. */
const SENTRY_DSN = /^https?:\/\/[^\s:@/]+@[^\s/@]+(\/[^\s@]*)?\/\d+$/;

// Every variable the process reads. `.env.example` documents the same list with defaults.
export class EnvironmentVariables {
  @IsOptional() @IsEnum(NodeEnv) NODE_ENV?: NodeEnv;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(65535) PORT?: number;
  @IsOptional() @IsString() HOST?: string;
  @IsOptional() @IsUrl(httpUrl) PUBLIC_URL?: string;
  @IsOptional() @IsString() CORS_ORIGINS?: string;
  @IsOptional() @IsIn(LOG_LEVELS) LOG_LEVEL?: (typeof LOG_LEVELS)[number];
  @IsOptional() @Transform(toInt) @IsInt() @Min(1024) BODY_LIMIT_BYTES?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(10) TRUST_PROXY_HOPS?: number;
  @IsOptional() @Transform(toBoolean) @IsBoolean() SERVE_STATIC?: boolean;
  @IsOptional() @IsString() DATA_DIR?: string;

  @IsOptional() @IsUrl(databaseUrl) DATABASE_URL?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(500) DATABASE_POOL_SIZE?: number;

  @IsOptional() @IsUrl(redisUrl) REDIS_URL?: string;
  @IsOptional() @Transform(toBoolean) @IsBoolean() QUEUE_RUN_WORKERS?: boolean;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(256) QUEUE_CONCURRENCY?: number;
  @IsOptional() @Matches(/^[a-z0-9_-]+$/i) QUEUE_PREFIX?: string;

  // An http(s) URL or a path on this server (default /media/videos, the local placeholder).
  @IsOptional() @Matches(/^(https?:\/\/\S+|\/\S*)$/) COACH_VIDEO_BASE_URL?: string;
  // Per-client quotas; 0 turns a quota off.
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) USER_TURNS_PER_MINUTE?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) USER_BUTTON_PRESSES_PER_MINUTE?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) USER_DAILY_TOKEN_BUDGET?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(1000) COACH_TURN_CONCURRENCY?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(600000) SENTINEL_DEBOUNCE_MS?: number;
  // Turn leases (docs/coaching-engine.md): lease, heartbeat and sweep periods of a running turn.
  @IsOptional() @Transform(toInt) @IsInt() @Min(1000) @Max(600000) COACH_TURN_LEASE_MS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(100) @Max(600000) COACH_TURN_HEARTBEAT_MS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1000) @Max(3600000) COACH_TURN_QUEUED_LEASE_MS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(100) @Max(600000) COACH_TURN_SWEEP_MS?: number;
  // Chat transcripts older than this many days are deleted (docs/privacy.md); 0 or unset: kept.
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(36500) TRANSCRIPT_RETENTION_DAYS?: number;

  // Safety screening: resources per country (JSON, merged over the built-ins), the country
  // used when a client has none, staff alert recipients (comma-separated; unset = all staff).
  @IsOptional() @IsJSON() SAFETY_RESOURCES?: string;
  @IsOptional() @Matches(/^([A-Za-z]{2}|INTL)$/) SAFETY_DEFAULT_COUNTRY?: string;
  @IsOptional() @Matches(/^\s*[^\s,@]+@[^\s,@]+(\s*,\s*[^\s,@]+@[^\s,@]+)*\s*$/) SAFETY_ALERT_EMAILS?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(100) @Max(60_000) SAFETY_MODERATION_TIMEOUT_MS?: number;

  // Webhooks (docs/operations.md): SSRF guard, retries, auto-disable, timeout, rotation overlap.
  @IsOptional() @IsIn(['true', 'false']) WEBHOOK_ALLOW_PRIVATE_URLS?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(86_400_000) WEBHOOK_BACKOFF_MS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(50) WEBHOOK_MAX_ATTEMPTS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(10_000) WEBHOOK_DISABLE_AFTER_FAILURES?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(100) @Max(60_000) WEBHOOK_TIMEOUT_MS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(720) WEBHOOK_SECRET_OVERLAP_HOURS?: number;
  @IsOptional()
  @Matches(/^\s*[^\s,@]+@[^\s,@]+(\s*,\s*[^\s,@]+@[^\s,@]+)*\s*$/)
  WEBHOOK_ALERT_EMAILS?: string;
  // Visualization studio (docs/studio.md): images per client per UTC day, largest reference
  // photo, image jobs at once per process.
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(10_000) STUDIO_DAILY_IMAGES?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1024) @Max(50 * 1024 * 1024) STUDIO_MAX_UPLOAD_BYTES?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(50) STUDIO_IMAGE_CONCURRENCY?: number;

  @IsOptional() @IsString() @MinLength(32) JWT_SECRET?: string;
  @IsOptional() @Matches(DURATION) ACCESS_TOKEN_TTL?: string;
  @IsOptional() @Matches(DURATION) REFRESH_TOKEN_TTL?: string;
  @IsOptional() @IsIn(['invite', 'open']) SIGNUP_MODE?: 'invite' | 'open';
  @IsOptional() @Transform(toBoolean) @IsBoolean() STAFF_REQUIRE_2FA?: boolean;
  @IsOptional() @IsEmail() SEED_ADMIN_EMAIL?: string;
  @IsOptional() @IsString() @MinLength(10) SEED_ADMIN_PASSWORD?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) LOGIN_RATE_LIMIT_ACCOUNT?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) LOGIN_RATE_LIMIT_ACCOUNT_ALL_IPS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) LOGIN_RATE_LIMIT_IP?: number;
  @IsOptional()
  @Matches(/^\s*[0-9a-fA-F.:]+(\/\d{1,3})?(\s*,\s*[0-9a-fA-F.:]+(\/\d{1,3})?)*\s*$/)
  AUTH_IP_ALLOWLIST?: string;
  @IsOptional() @Matches(DURATION) LOGIN_RATE_LIMIT_WINDOW?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) EMAIL_RATE_LIMIT_ADDRESS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) AUTH_RATE_LIMIT_IP?: number;

  @IsOptional() @IsIn(['outbox', 'ses']) EMAIL_TRANSPORT?: 'outbox' | 'ses';
  @IsOptional() @IsString() EMAIL_FROM?: string;
  @IsOptional() @Matches(/^[a-z]{2}(-[a-z]+)+-\d$/) AWS_REGION?: string;
  @IsOptional() @IsUrl(httpUrl) SES_ENDPOINT?: string;
  @IsOptional() @IsString() AWS_ACCESS_KEY_ID?: string;
  @IsOptional() @IsString() AWS_SECRET_ACCESS_KEY?: string;
  @IsOptional() @IsString() AWS_SESSION_TOKEN?: string;

  // File storage (docs/operations.md): a folder under DATA_DIR, or an S3(-compatible) bucket.
  // S3 credentials: these, else AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, else the SDK's chain.
  @IsOptional() @IsIn(['local', 's3']) STORAGE_DRIVER?: 'local' | 's3';
  @IsOptional() @IsString() STORAGE_LOCAL_DIR?: string;
  @IsOptional() @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/) S3_BUCKET?: string;
  @IsOptional() @Matches(/^([a-z]{2}(-[a-z]+)+-\d|auto)$/) S3_REGION?: string;
  @IsOptional() @IsUrl(httpUrl) S3_ENDPOINT?: string;
  @IsOptional() @Transform(toBoolean) @IsBoolean() S3_FORCE_PATH_STYLE?: boolean;
  @IsOptional() @IsString() S3_ACCESS_KEY_ID?: string;
  @IsOptional() @IsString() S3_SECRET_ACCESS_KEY?: string;
  @IsOptional() @Matches(/^([\w.-]+\/)*$/) S3_PREFIX?: string;

  @IsOptional() @IsUrl(httpUrl) OPENAI_BASE_URL?: string;
  @IsOptional() @IsString() OPENAI_API_KEY?: string;
  @IsOptional() @IsIn(['openai', 'demo']) AI_PROVIDER?: 'openai' | 'demo';
  @IsOptional() @Matches(MODEL_NAME) COACH_MODEL?: string;
  @IsOptional() @Matches(MODEL_NAME) SENTINEL_MODEL?: string;
  @IsOptional() @Matches(MODEL_NAME) MODERATION_MODEL?: string;
  // Visualization studio images (docs/studio.md): model, size and quality of the images API.
  @IsOptional() @Matches(MODEL_NAME) IMAGE_MODEL?: string;
  @IsOptional() @IsIn(['1024x1024', '1024x1536', '1536x1024', 'auto']) IMAGE_SIZE?: string;
  @IsOptional() @IsIn(['low', 'medium', 'high', 'auto']) IMAGE_QUALITY?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(100) AI_TIMEOUT_MS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(10) AI_MAX_RETRIES?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(60_000) AI_RETRY_BASE_DELAY_MS?: number;
  @IsOptional() @IsJSON() AI_PRICES?: string;
  @IsOptional() @IsJSON() AI_MODEL_CAPABILITIES?: string;
  @IsOptional() @IsJSON() AI_SAMPLING?: string;
  @IsOptional() @Transform(toBoolean) @IsBoolean() AI_CACHE_ENABLED?: boolean;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) AI_CACHE_TTL_SECONDS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(5000) AI_DEMO_CHUNK_DELAY_MS?: number;

  // Observability (docs/observability.md): traces over OTLP/HTTP and error reports to Sentry,
  // each on only when its endpoint is set. The OpenTelemetry exporter and sampler also read their
  // standard variables (OTEL_EXPORTER_OTLP_HEADERS, OTEL_TRACES_SAMPLER, ...) themselves.
  @IsOptional() @IsUrl(httpUrl) OTEL_EXPORTER_OTLP_ENDPOINT?: string;
  @IsOptional() @Matches(/^[\w.-]{1,100}$/) OTEL_SERVICE_NAME?: string;
  @IsOptional()
  @Matches(SENTRY_DSN, { message: 'must be a Sentry DSN: http(s)://<public key>@<host>/<project id>' })
  SENTRY_DSN?: string;
  @IsOptional() @Matches(/^[\w.-]{1,64}$/) SENTRY_ENVIRONMENT?: string;
  @IsOptional() @Matches(/^[\w.+@-]{1,200}$/) SENTRY_RELEASE?: string;
}

const DURATION_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** Seconds in a validated duration such as `15m`; a bare number is seconds. */
export const parseDurationSeconds = (value: string): number => {
  const match = /^(\d+)(s|m|h|d)?$/.exec(value.trim());
  if (!match) {
    throw new RangeError(`not a duration: ${value}`);
  }
  return Number(match[1]) * (DURATION_UNITS[match[2] ?? 's'] ?? 1);
};

export class ConfigValidationError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`${variable}: ${detail}`);
    this.name = 'ConfigValidationError';
  }
}

const describe = (error: ValidationError): string => {
  const constraints = Object.values(error.constraints ?? {});
  const received = error.value === undefined ? '' : ` (got ${JSON.stringify(error.value)})`;
  return `${constraints[0] ?? 'is invalid'}${received}`;
};

// Empty strings in an env file mean "not set", so they fall back to the default.
const withoutEmpty = (env: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));

export const validateEnvironment = (env: Record<string, unknown>): EnvironmentVariables => {
  const parsed = plainToInstance(EnvironmentVariables, withoutEmpty(env));
  const errors = validateSync(parsed, { skipMissingProperties: false });
  const first = errors[0];
  if (first) {
    throw new ConfigValidationError(first.property, describe(first));
  }
  // A network provider with nothing to authenticate with would fail on the first turn instead.
  if (parsed.AI_PROVIDER === 'openai' && !parsed.OPENAI_API_KEY && !parsed.OPENAI_BASE_URL) {
    throw new ConfigValidationError(
      'OPENAI_API_KEY',
      'is required when AI_PROVIDER=openai (or set OPENAI_BASE_URL for a server that needs no key)',
    );
  }
  if (parsed.STORAGE_DRIVER === 's3' && !parsed.S3_BUCKET) {
    throw new ConfigValidationError('S3_BUCKET', 'is required when STORAGE_DRIVER=s3');
  }
  if (Boolean(parsed.S3_ACCESS_KEY_ID) !== Boolean(parsed.S3_SECRET_ACCESS_KEY)) {
    throw new ConfigValidationError(
      parsed.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID',
      'is required with the other S3 key (set both or neither)',
    );
  }
  // Tokens signed with a secret nobody chose would outlive a redeploy on another machine.
  if (parsed.NODE_ENV === NodeEnv.Production && !parsed.JWT_SECRET) {
    throw new ConfigValidationError(
      'JWT_SECRET',
      'is required when NODE_ENV=production (32+ random characters)',
    );
  }
  return parsed;
};
