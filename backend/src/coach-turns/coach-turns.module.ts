import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AiModule } from 'src/ai/ai.module';
import { CoachingModule } from 'src/coaching/coaching.module';
import { CoachTurnJob } from 'src/coach-turns/jobs/coach-turn.job';
import { SAFETY_SCREEN } from 'src/safety/turn-safety-screen';
import { InMemoryTurnEventBus } from 'src/coach-turns/events/in-memory-turn-event-bus';
import { RedisTurnEventBus } from 'src/coach-turns/events/redis-turn-event-bus';
import { TURN_EVENT_BUS, type TurnEventBus } from 'src/coach-turns/events/turn-event.types';
import { TurnEventStreamService } from 'src/coach-turns/turn-event-stream.service';
import { TurnIntakeService } from 'src/coach-turns/turn-intake.service';
import { TurnLeaseService } from 'src/coach-turns/turn-lease.service';
import { TurnQuotaService } from 'src/coach-turns/turn-quota.service';
import { TurnPublisher } from 'src/coach-turns/turn.publisher';
import { TurnRunner } from 'src/coach-turns/turn-runner.service';
import { TurnViewService } from 'src/coach-turns/turn-view.service';
import { TurnsController } from 'src/coach-turns/turns.controller';
import { TurnsService } from 'src/coach-turns/turns.service';
import type { AllConfig } from 'src/config/config.types';
import { PromptsModule } from 'src/prompts/prompts.module';
import { SafetyModule } from 'src/safety/safety.module';
import { SafetyService } from 'src/safety/safety.service';
import { SentinelModule } from 'src/sentinel/sentinel.module';
import { AdminTestUserTurnsController } from 'src/coach-turns/admin-test-user-turns.controller';
import { TestScenariosModule } from 'src/test-scenarios/test-scenarios.module';

// The turn pipeline on top of the coaching core: intake, the coach.turn job, events and SSE.
// Separate from CoachingModule so the core still runs without prompts, AI and the queue.
@Module({
  imports: [CoachingModule, PromptsModule, AiModule, SafetyModule, SentinelModule, TestScenariosModule],
  // Staff chat as a test user through the same pipeline (test-scenarios says who is one).
  controllers: [TurnsController, AdminTestUserTurnsController],
  providers: [
    {
      provide: TURN_EVENT_BUS,
      inject: [ConfigService],
      // Same switch as the queue: with Redis, the job may run in another process than the SSE.
      useFactory: (config: ConfigService<AllConfig, true>): TurnEventBus => {
        const queue = config.get('queue', { infer: true });
        return queue.redisUrl
          ? new RedisTurnEventBus({ url: queue.redisUrl, prefix: queue.prefix })
          : new InMemoryTurnEventBus();
      },
    },
    { provide: SAFETY_SCREEN, useExisting: SafetyService },
    TurnEventStreamService,
    TurnIntakeService,
    TurnLeaseService,
    TurnQuotaService,
    TurnPublisher,
    TurnRunner,
    TurnViewService,
    TurnsService,
    CoachTurnJob,
  ],
  // The studio (also on top) publishes its drafts' progress on the same channels.
  exports: [TURN_EVENT_BUS],
})
export class CoachTurnsModule {}
