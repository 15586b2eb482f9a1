import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AllConfig } from 'src/config/config.types';
import { buildTypeOrmOptions } from 'src/database/typeorm-options';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<AllConfig, true>) => ({
        ...buildTypeOrmOptions(
          config.get('database.url', { infer: true }),
          config.get('database.poolSize', { infer: true }),
        ),
        // Fail fast at boot instead of retrying for minutes; the supervisor restarts us.
        retryAttempts: 3,
        retryDelay: 1000,
      }),
    }),
  ],
})
export class DatabaseModule {}
