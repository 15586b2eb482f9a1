import { join } from 'node:path';
import { registerAs } from '@nestjs/config';
import { buildAppConfig } from 'src/config/app.config';
import { validateEnvironment } from 'src/config/env.validation';

export interface S3StorageConfig {
  bucket: string;
  region: string;
  /** An S3-compatible server (MinIO, R2, a test fake) instead of AWS. */
  endpoint?: string;
  /** `bucket` in the path rather than the host name: what most S3-compatible servers need. */
  forcePathStyle: boolean;
  /** Prepended to every key, so one bucket can hold several deployments (`prod/`). */
  prefix: string;
  /** Unset: the AWS SDK's default chain (instance role, shared config, …). */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
}

export type StorageConfig = { driver: 'local'; localDir: string } | ({ driver: 's3' } & S3StorageConfig);

export const buildStorageConfig = (source: Record<string, unknown> = process.env): StorageConfig => {
  const env = validateEnvironment(source);
  if (env.STORAGE_DRIVER !== 's3' || !env.S3_BUCKET) {
    return {
      driver: 'local',
      localDir: env.STORAGE_LOCAL_DIR ?? join(buildAppConfig(source).dataDir, 'storage'),
    };
  }
  const own = env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY;
  const shared = env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY;
  return {
    driver: 's3',
    bucket: env.S3_BUCKET,
    region: env.S3_REGION ?? env.AWS_REGION ?? 'us-east-1',
    endpoint: env.S3_ENDPOINT,
    forcePathStyle: env.S3_FORCE_PATH_STYLE ?? Boolean(env.S3_ENDPOINT),
    prefix: env.S3_PREFIX ?? '',
    credentials: own
      ? { accessKeyId: env.S3_ACCESS_KEY_ID ?? '', secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? '' }
      : shared
        ? {
            accessKeyId: env.AWS_ACCESS_KEY_ID ?? '',
            secretAccessKey: env.AWS_SECRET_ACCESS_KEY ?? '',
            sessionToken: env.AWS_SESSION_TOKEN,
          }
        : undefined,
  };
};

export const storageConfig = registerAs('storage', () => buildStorageConfig());
