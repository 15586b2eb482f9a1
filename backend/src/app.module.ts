import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AdminCoachingModule } from 'src/admin-coaching/admin-coaching.module';
import { AdminJobsModule } from 'src/admin-jobs/admin-jobs.module';
import { AdminUsersModule } from 'src/admin-users/admin-users.module';
import { AiModule } from 'src/ai/ai.module';
import { aiConfig } from 'src/ai/config/ai.config';
import { AuditModule } from 'src/audit/audit.module';
import { AuthModule } from 'src/auth/auth.module';
import { CoachingModule } from 'src/coaching/coaching.module';
import { CoachTurnsModule } from 'src/coach-turns/coach-turns.module';
import { authConfig } from 'src/auth/config/auth.config';
import { RateLimitStorageModule } from 'src/common/throttling/rate-limit-storage.module';
import { appConfig } from 'src/config/app.config';
import { DemoCoachModule } from 'src/demo-coach/demo-coach.module';
import { databaseConfig } from 'src/database/database.config';
import { DatabaseModule } from 'src/database/database.module';
import { emailConfig } from 'src/email/config/email.config';
import { EmailModule } from 'src/email/email.module';
import { HealthModule } from 'src/health/health.module';
import { LoggingModule } from 'src/logging/logging.module';
import { MetricsModule } from 'src/metrics/metrics.module';
import { PromptsModule } from 'src/prompts/prompts.module';
import { queueConfig } from 'src/queue/queue.config';
import { QueueModule } from 'src/queue/queue.module';
import { SafetyModule } from 'src/safety/safety.module';
import { SentinelModule } from 'src/sentinel/sentinel.module';
import { StudioModule } from 'src/studio/studio.module';
import { TestScenariosModule } from 'src/test-scenarios/test-scenarios.module';
import { UsageModule } from 'src/usage/usage.module';
import { UsersModule } from 'src/users/users.module';
import { EvalsModule } from 'src/evals/evals.module';
import { WebhooksModule } from 'src/webhooks/webhooks.module';
import { PersonalDataModule } from 'src/common/privacy/personal-data';

@Module({
  imports: [
    ConfigModule.forRoot({
      isGlobal: true,
      cache: true,
      // The process environment is the only source; npm start loads .env itself.
      ignoreEnvFile: true,
      load: [appConfig, databaseConfig, queueConfig, authConfig, emailConfig, aiConfig],
    }),
    LoggingModule,
    PersonalDataModule,
    DatabaseModule,
    QueueModule,
    MetricsModule,
    HealthModule,
    UsersModule,
    RateLimitStorageModule,
    AuditModule,
    EmailModule,
    AuthModule,
    AdminUsersModule,
    UsageModule,
    DemoCoachModule,
    AiModule,
    PromptsModule,
    CoachingModule,
    CoachTurnsModule,
    StudioModule,
    SafetyModule,
    WebhooksModule,
    SentinelModule,
    AdminCoachingModule,
    EvalsModule,
    AdminJobsModule,
    TestScenariosModule,
  ],
})
export class AppModule {}
