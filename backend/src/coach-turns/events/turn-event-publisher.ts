import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import {
  TURN_EVENT_BUS,
  type TurnEvent,
  type TurnEventBus,
  type TurnEventType,
} from 'src/coach-turns/events/turn-event.types';

/**
 * The pipeline's side of the event bus. A lost event must never fail a turn: the database
 * holds the result, and `GET /coach/turns/:id` (or a finished turn's SSE replay) serves it.
 */
@Injectable()
export class TurnEventPublisher implements OnApplicationShutdown {
  private readonly logger = new Logger(TurnEventPublisher.name);

  constructor(@Inject(TURN_EVENT_BUS) private readonly bus: TurnEventBus) {}

  async publish(turnId: string, type: TurnEventType, data: unknown): Promise<TurnEvent | null> {
    try {
      return await this.bus.publish(turnId, type, data);
    } catch (error) {
      this.logger.warn({ err: error, turnId, type }, 'Could not publish a turn event');
      return null;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.bus.close();
  }
}
