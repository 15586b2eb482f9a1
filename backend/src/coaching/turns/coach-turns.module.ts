import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AiModule } from 'src/ai/ai.module';
import { CoachingModule } from 'src/coaching/coaching.module';
import { CoachTurnJob } from 'src/coaching/jobs/coach-turn.job';
import { SAFETY_SCREEN } from 'src/coaching/safety/safety-screen';
import { InMemoryTurnEventBus } from 'src/coaching/turns/events/in-memory-turn-event-bus';
import { RedisTurnEventBus } from 'src/coaching/turns/events/redis-turn-event-bus';
import { TurnEventPublisher } from 'src/coaching/turns/events/turn-event-publisher';
import { TURN_EVENT_BUS, type TurnEventBus } from 'src/coaching/turns/events/turn-event.types';
import { TurnEventStreamService } from 'src/coaching/turns/turn-event-stream.service';
import { TurnIntakeService } from 'src/coaching/turns/turn-intake.service';
import { TurnQuotaService } from 'src/coaching/turns/turn-quota.service';
import { TurnResultPublisher } from 'src/coaching/turns/turn-result.publisher';
import { TurnRunner } from 'src/coaching/turns/turn-runner.service';
import { TurnViewService } from 'src/coaching/turns/turn-view.service';
import { TurnsController } from 'src/coaching/turns/turns.controller';
import { TurnsService } from 'src/coaching/turns/turns.service';
import type { AllConfig } from 'src/config/config.types';
import { PromptsModule } from 'src/prompts/prompts.module';
import { SafetyModule } from 'src/safety/safety.module';
import { SafetyService } from 'src/safety/safety.service';
import { SentinelModule } from 'src/sentinel/sentinel.module';

// The turn pipeline on top of the coaching core: intake, the coach.turn job, events and SSE.
// Separate from CoachingModule so the core still runs without prompts, AI and the queue.
@Module({
  imports: [CoachingModule, PromptsModule, AiModule, SafetyModule, SentinelModule],
  controllers: [TurnsController],
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
    TurnEventPublisher,
    TurnEventStreamService,
    TurnIntakeService,
    TurnQuotaService,
    TurnResultPublisher,
    TurnRunner,
    TurnViewService,
    TurnsService,
    CoachTurnJob,
  ],
})
export class CoachTurnsModule {}
