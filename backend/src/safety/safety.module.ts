import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AiModule } from 'src/ai/ai.module';
import { CoachingModule } from 'src/coaching/coaching.module';
import { EmailModule } from 'src/email/email.module';
import { AdminSafetyEventsController } from 'src/safety/admin-safety-events.controller';
import { AdminSafetyEventsService } from 'src/safety/admin-safety-events.service';
import { safetyConfig } from 'src/safety/config/safety.config';
import { SafetyService } from 'src/safety/safety.service';
import { UsersModule } from 'src/users/users.module';
import { SafetyPersonalData } from 'src/safety/safety.personal-data';
import { SafetyRetentionRegistration } from 'src/safety/safety-retention.registration';
import { WebhooksModule } from 'src/webhooks/webhooks.module';

// Screening of client messages (moderation + offline classifier), safety events, the hold on
// the curriculum, staff alerts and the staff routes. The turn pipeline binds SafetyService to
// its SAFETY_SCREEN token.
@Module({
  imports: [
    ConfigModule.forFeature(safetyConfig),
    AiModule,
    CoachingModule,
    EmailModule,
    UsersModule,
    WebhooksModule,
  ],
  controllers: [AdminSafetyEventsController],
  providers: [SafetyService, AdminSafetyEventsService, SafetyPersonalData, SafetyRetentionRegistration],
  exports: [SafetyService],
})
export class SafetyModule {}
