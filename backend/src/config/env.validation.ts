import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
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

// Every variable the process reads. `.env.example` documents the same list with defaults.
export class EnvironmentVariables {
  @IsOptional() @IsEnum(NodeEnv) NODE_ENV?: NodeEnv;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(65535) PORT?: number;
  @IsOptional() @IsString() HOST?: string;
  @IsOptional() @IsUrl(httpUrl) PUBLIC_URL?: string;
  @IsOptional() @IsString() CORS_ORIGINS?: string;
  @IsOptional() @IsIn(LOG_LEVELS) LOG_LEVEL?: (typeof LOG_LEVELS)[number];
  @IsOptional() @Transform(toInt) @IsInt() @Min(1024) BODY_LIMIT_BYTES?: number;
  @IsOptional() @Transform(toBoolean) @IsBoolean() SERVE_STATIC?: boolean;
  @IsOptional() @IsString() DATA_DIR?: string;

  @IsOptional() @IsUrl(databaseUrl) DATABASE_URL?: string;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(500) DATABASE_POOL_SIZE?: number;

  @IsOptional() @IsUrl(redisUrl) REDIS_URL?: string;
  @IsOptional() @Transform(toBoolean) @IsBoolean() QUEUE_RUN_WORKERS?: boolean;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(256) QUEUE_CONCURRENCY?: number;
  @IsOptional() @Matches(/^[a-z0-9_-]+$/i) QUEUE_PREFIX?: string;

  @IsOptional() @IsString() @MinLength(32) JWT_SECRET?: string;
  @IsOptional() @IsUrl(httpUrl) OPENAI_BASE_URL?: string;
  @IsOptional() @IsString() OPENAI_API_KEY?: string;
  @IsOptional() @IsIn(['openai', 'demo']) AI_PROVIDER?: 'openai' | 'demo';
}

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
  return parsed;
};
