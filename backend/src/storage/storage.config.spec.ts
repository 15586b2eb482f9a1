import { join } from 'node:path';
import { ConfigValidationError } from 'src/config/env.validation';
import { buildStorageConfig } from 'src/storage/storage.config';

const errorOf = (env: Record<string, string>): ConfigValidationError | undefined => {
  try {
    buildStorageConfig(env);
    return undefined;
  } catch (error) {
    return error as ConfigValidationError;
  }
};

describe('buildStorageConfig', () => {
  it('should keep files in a folder under the data folder when nothing is set', () => {
    expect(buildStorageConfig({ DATA_DIR: '/srv/coach' })).toEqual({
      driver: 'local',
      localDir: join('/srv/coach', 'storage'),
    });
  });

  it('should use path-style addressing and the S3 keys when an endpoint is given', () => {
    expect(
      buildStorageConfig({
        STORAGE_DRIVER: 's3',
        S3_BUCKET: 'coach-files',
        S3_ENDPOINT: 'http://127.0.0.1:9000',
        S3_ACCESS_KEY_ID: 'id',
        S3_SECRET_ACCESS_KEY: 'secret',
        AWS_ACCESS_KEY_ID: 'ses-id',
        AWS_SECRET_ACCESS_KEY: 'ses-secret',
      }),
    ).toEqual({
      driver: 's3',
      bucket: 'coach-files',
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:9000',
      forcePathStyle: true,
      prefix: '',
      credentials: { accessKeyId: 'id', secretAccessKey: 'secret' },
    });
  });

  it('should fall back to the AWS credentials and virtual-host addressing when on AWS', () => {
    const config = buildStorageConfig({
      STORAGE_DRIVER: 's3',
      S3_BUCKET: 'coach-files',
      AWS_REGION: 'eu-west-1',
      AWS_ACCESS_KEY_ID: 'aws-id',
      AWS_SECRET_ACCESS_KEY: 'aws-secret',
    });
    expect(config).toMatchObject({
      region: 'eu-west-1',
      forcePathStyle: false,
      credentials: { accessKeyId: 'aws-id', secretAccessKey: 'aws-secret' },
    });
  });

  it.each([
    [{ STORAGE_DRIVER: 's3' }, 'S3_BUCKET'],
    [{ STORAGE_DRIVER: 'disk' }, 'STORAGE_DRIVER'],
    [{ S3_BUCKET: 'Bad_Bucket' }, 'S3_BUCKET'],
    [{ S3_ENDPOINT: 'minio:9000' }, 'S3_ENDPOINT'],
    [{ S3_ACCESS_KEY_ID: 'id' }, 'S3_SECRET_ACCESS_KEY'],
    [{ S3_SECRET_ACCESS_KEY: 'secret' }, 'S3_ACCESS_KEY_ID'],
    [{ S3_PREFIX: '/abs' }, 'S3_PREFIX'],
  ])('should name the variable when %o is invalid', (env, variable) => {
    const error = errorOf(env);
    expect(error).toBeInstanceOf(ConfigValidationError);
    expect(error?.variable).toBe(variable);
  });
});
