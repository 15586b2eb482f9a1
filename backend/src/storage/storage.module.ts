import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import type { AllConfig } from 'src/config/config.types';
import { LocalStorageDriver } from 'src/storage/drivers/local-storage.driver';
import { S3StorageDriver } from 'src/storage/drivers/s3-storage.driver';
import { ObjectStorage } from 'src/storage/object-storage';
import { storageConfig } from 'src/storage/storage.config';

export const createObjectStorage = (config: AllConfig['storage']): ObjectStorage =>
  config.driver === 's3' ? new S3StorageDriver(config) : new LocalStorageDriver(config.localDir);

// Features inject `ObjectStorage` and never learn which driver is behind it.
@Module({
  imports: [ConfigModule.forFeature(storageConfig)],
  providers: [
    {
      provide: ObjectStorage,
      inject: [ConfigService],
      useFactory: (config: ConfigService<AllConfig, true>) =>
        createObjectStorage(config.get('storage', { infer: true })),
    },
  ],
  exports: [ObjectStorage],
})
export class StorageModule {}
