import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { CreateTurnDto } from 'src/coach-turns/dto/turn.dto';
import {
  TERMINAL_TURN_EVENTS,
  TURN_EVENT_BUS,
  type TurnEventBus,
} from 'src/coach-turns/events/turn-event.types';
import { currentAttemptAfterId } from 'src/coach-turns/events/turn-attempts';
import { TurnIntakeService } from 'src/coach-turns/turn-intake.service';
import { normaliseTurnInput, parseIdempotencyKey } from 'src/coach-turns/turn-request';
import {
  type TurnResultView,
  type TurnView,
  toTurnView,
  TurnViewService,
} from 'src/coach-turns/turn-view.service';
import type { AllConfig } from 'src/config/config.types';

/** A posted turn: still with the model, or answered (at once, or after `?wait=true`). */
export type TurnPostResult =
  { kind: 'queued'; turn: TurnView } | { kind: 'answered'; result: TurnResultView };

/** The use cases behind the turns controller. */
@Injectable()
export class TurnsService {
  constructor(
    private readonly intake: TurnIntakeService,
    private readonly views: TurnViewService,
    private readonly config: ConfigService<AllConfig, true>,
    @Inject(TURN_EVENT_BUS) private readonly bus: TurnEventBus,
  ) {}

  async post(
    userId: string,
    dto: CreateTurnDto,
    wait: boolean,
    idempotencyKeyHeader: string | string[] | undefined,
  ): Promise<TurnPostResult> {
    const input = normaliseTurnInput(dto);
    const idempotencyKey = parseIdempotencyKey(idempotencyKeyHeader);
    const admission = await this.intake.submit({ userId, input, idempotencyKey });
    if (admission.kind === 'answered') {
      return { kind: 'answered', result: admission.result };
    }
    if (!wait) {
      return { kind: 'queued', turn: toTurnView(admission.turn) };
    }
    const done = await this.waitForEnd(admission.turn.id);
    return { kind: 'answered', result: done ?? (await this.views.result(userId, admission.turn.id)) };
  }

  get(userId: string, turnId: string): Promise<TurnResultView> {
    return this.views.result(userId, turnId);
  }

  /**
   * `?wait=true`: follows the channel to its terminal event, bounded by the model timeout. A
   * `done` event carries the result as the publisher read it after the commit; on `error` or a
   * timeout (null) the caller reads the turn as it is now.
   */
  private async waitForEnd(turnId: string): Promise<TurnResultView | null> {
    const timeoutMs = this.config.get('ai.timeoutMs', { infer: true }) * 2 + 30_000;
    const signal = AbortSignal.timeout(timeoutMs);
    const afterId = await currentAttemptAfterId(this.bus, turnId);
    for await (const event of this.bus.follow(turnId, afterId, signal)) {
      if (TERMINAL_TURN_EVENTS.has(event.type)) {
        return event.type === 'done' ? (event.data as TurnResultView) : null;
      }
    }
    return null;
  }
}
