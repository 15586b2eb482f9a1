import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { appConfig } from 'src/config/app.config';
import { databaseConfig } from 'src/database/database.config';
import { DatabaseModule } from 'src/database/database.module';
import { HealthModule } from 'src/health/health.module';
import { LoggingModule } from 'src/logging/logging.module';
import { MetricsModule } from 'src/metrics/metrics.module';
import { queueConfig } from 'src/queue/queue.config';
import { QueueModule } from 'src/queue/queue.module';
import { UsersModule } from 'src/users/users.module';

@Module({
  imports: [
    ConfigModule.forRoot({
      isGlobal: true,
      cache: true,
      // The process environment is the only source; npm start loads .env itself.
      ignoreEnvFile: true,
      load: [appConfig, databaseConfig, queueConfig],
    }),
    LoggingModule,
    DatabaseModule,
    QueueModule,
    MetricsModule,
    HealthModule,
    UsersModule,
  ],
})
export class AppModule {}
