import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ApplyActionsResult } from 'src/coaching/actions/action.types';
import type { Component } from 'src/curriculum/component.types';
import { TurnRepository } from 'src/coaching/repositories/turn.repository';
import { TurnEventPublisher } from 'src/coach-turns/events/turn-event-publisher';
import { TurnViewService } from 'src/coach-turns/turn-view.service';

/** Turns what a turn did into its `action`, `component`, `state` and `done` events. */
@Injectable()
export class TurnResultPublisher {
  constructor(
    private readonly dataSource: DataSource,
    private readonly turns: TurnRepository,
    private readonly views: TurnViewService,
    private readonly events: TurnEventPublisher,
  ) {}

  /** After a model pass committed: each action (applied or rejected), then the card. */
  async publishPass(
    turnId: string,
    pass: number,
    messageId: string,
    result: ApplyActionsResult,
  ): Promise<void> {
    for (const action of result.applied) {
      await this.events.publish(turnId, 'action', {
        pass,
        status: 'applied',
        type: action.type,
        params: action.params,
        summary: action.summary,
      });
    }
    for (const action of result.rejected) {
      await this.events.publish(turnId, 'action', {
        pass,
        status: 'rejected',
        type: action.type,
        params: action.params,
        reasonCode: action.reason,
        message: action.message,
      });
    }
    if (result.component) {
      await this.events.publish(turnId, 'component', { pass, messageId, component: result.component });
    }
  }

  /** A turn answered without the model: its card (if any), then the final events. */
  async publishAnswered(userId: string, turnId: string, component: Component | null): Promise<void> {
    if (component) {
      await this.events.publish(turnId, 'component', { pass: 0, messageId: null, component });
    }
    await this.publishFinal(userId, turnId);
  }

  /** `state` (the coach state now) and `done` (the whole result, as `GET /coach/turns/:id`). */
  async publishFinal(userId: string, turnId: string): Promise<void> {
    const turn = await this.turns.findForUser(this.dataSource.manager, userId, turnId);
    if (!turn) {
      return;
    }
    const result = await this.views.resultOf(this.dataSource.manager, turn);
    await this.events.publish(turnId, 'state', result.state);
    await this.events.publish(turnId, 'done', result);
  }
}
