import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { CreateTurnDto } from 'src/coach-turns/dto/turn.dto';
import {
  TERMINAL_TURN_EVENTS,
  TURN_EVENT_BUS,
  type TurnEventBus,
} from 'src/coach-turns/events/turn-event.types';
import { TurnIntakeService } from 'src/coach-turns/turn-intake.service';
import { normaliseTurnInput, parseIdempotencyKey } from 'src/coach-turns/turn-request';
import { TurnResultPublisher } from 'src/coach-turns/turn-result.publisher';
import {
  type TurnResultView,
  type TurnView,
  toTurnView,
  TurnViewService,
} from 'src/coach-turns/turn-view.service';
import type { AllConfig } from 'src/config/config.types';

export type TurnPostResult =
  { status: 202; body: { turn: TurnView } } | { status: 200; body: TurnResultView };

/** The HTTP face of the pipeline: what the turns controller delegates to. */
@Injectable()
export class TurnsService {
  constructor(
    private readonly intake: TurnIntakeService,
    private readonly results: TurnResultPublisher,
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
    if (!admission.queued) {
      // Only a fresh answer publishes; a replay finds its events already there.
      if ((await this.bus.replay(admission.turn.id, 0)).length === 0) {
        await this.results.publishAnswered(userId, admission.turn.id, admission.component);
      }
      return { status: 200, body: await this.views.result(userId, admission.turn.id) };
    }
    if (!wait) {
      return { status: 202, body: { turn: toTurnView(admission.turn) } };
    }
    await this.waitForEnd(admission.turn.id);
    return { status: 200, body: await this.views.result(userId, admission.turn.id) };
  }

  get(userId: string, turnId: string): Promise<TurnResultView> {
    return this.views.result(userId, turnId);
  }

  // `?wait=true`: follow the channel to its terminal event, bounded by the model timeout.
  private async waitForEnd(turnId: string): Promise<void> {
    const timeoutMs = this.config.get('ai.timeoutMs', { infer: true }) * 2 + 30_000;
    const signal = AbortSignal.timeout(timeoutMs);
    for await (const event of this.bus.follow(turnId, 0, signal)) {
      if (TERMINAL_TURN_EVENTS.has(event.type)) {
        return;
      }
    }
  }
}
