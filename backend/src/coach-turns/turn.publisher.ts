import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { ApplyActionsResult } from 'src/coaching/actions/action.types';
import type { TurnEntity } from 'src/coaching/entities/turn.entity';
import type { Component } from 'src/curriculum/component.types';
import {
  TURN_EVENT_BUS,
  type TurnEventBus,
  type TurnEventType,
} from 'src/coach-turns/events/turn-event.types';
import { type TurnResultView, TurnViewService } from 'src/coach-turns/turn-view.service';

/**
 * Every event of every turn goes out through here: the intake's for a turn answered without
 * the model, the coach.turn job's for the rest. A lost event never fails a turn: the database
 * holds the result, and `GET /coach/turns/:id` (or a finished turn's SSE replay) serves it.
 */
@Injectable()
export class TurnPublisher implements OnApplicationShutdown {
  private readonly logger = new Logger(TurnPublisher.name);

  constructor(
    @Inject(TURN_EVENT_BUS) private readonly bus: TurnEventBus,
    private readonly views: TurnViewService,
  ) {}

  /** Message text as the model streams it. */
  async delta(turnId: string, pass: number, text: string): Promise<void> {
    await this.publish(turnId, 'delta', { pass, text });
  }

  /** The model call of a pass started over (a repair): the client drops that pass's text. */
  async restart(turnId: string, attempt: number, pass: number, reason: string): Promise<void> {
    await this.publish(turnId, 'restart', { pass, attempt, reason });
  }

  /**
   * A new attempt of the whole turn (a client retry of a failed turn, a queue retry of its job)
   * starts here: `pass: 0` tells the client to drop everything it showed of the turn so far,
   * and a subscriber without `Last-Event-ID` is served from this event on.
   */
  async attemptStarted(turnId: string, attempt: number): Promise<void> {
    await this.publish(turnId, 'restart', { pass: 0, attempt, reason: 'retry' });
  }

  /** After a model pass committed: each action (applied or rejected), then the card. */
  async passApplied(
    turnId: string,
    pass: number,
    messageId: string,
    result: ApplyActionsResult,
  ): Promise<void> {
    const reported = [
      ...result.applied.map((action) => ({
        sequence: action.sequence,
        data: {
          pass,
          status: 'applied',
          type: action.type,
          params: action.params,
          summary: action.summary,
        },
      })),
      ...result.rejected.map((action) => ({
        sequence: action.sequence,
        data: {
          pass,
          status: 'rejected',
          type: action.type,
          params: action.params,
          reasonCode: action.reason,
          message: action.message,
        },
      })),
    ].sort((a, b) => a.sequence - b.sequence);
    // In the model's order, applied and rejected alike, whatever order they were applied in.
    for (const action of reported) {
      await this.publish(turnId, 'action', action.data);
    }
    if (result.component) {
      await this.publish(turnId, 'component', { pass, messageId, component: result.component });
    }
  }

  /**
   * A turn answered without the model, after its commit: its card (if any), then `state` and
   * `done`. Returns the result it published, which is also the HTTP answer.
   */
  async answered(turn: TurnEntity, component: Component | null): Promise<TurnResultView> {
    if (component) {
      await this.publish(turn.id, 'component', { pass: 0, messageId: null, component });
    }
    return this.finished(turn);
  }

  /**
   * `state` (the coach state now) and `done` (the whole result, as `GET /coach/turns/:id`) of a
   * committed turn; `turn` is the row as written, so it is not read again.
   */
  async finished(turn: TurnEntity): Promise<TurnResultView> {
    const result = await this.views.resultOf(turn);
    await this.publish(turn.id, 'state', result.state);
    await this.publish(turn.id, 'done', result);
    return result;
  }

  async failed(turnId: string, code: string): Promise<void> {
    await this.publish(turnId, 'error', {
      code,
      message: 'The coach could not answer just now. Your message is saved; try again.',
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.bus.close();
  }

  private async publish(turnId: string, type: TurnEventType, data: unknown): Promise<void> {
    try {
      await this.bus.publish(turnId, type, data);
    } catch (error) {
      this.logger.warn({ err: error, turnId, type }, 'Could not publish a turn event');
    }
  }
}
