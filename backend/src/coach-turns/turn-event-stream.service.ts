import { Inject, Injectable } from '@nestjs/common';
import type { TurnEntity } from 'src/coaching/entities/turn.entity';
import {
  TERMINAL_TURN_EVENTS,
  TURN_EVENT_BUS,
  type TurnEvent,
  type TurnEventBus,
} from 'src/coach-turns/events/turn-event.types';
import { currentAttemptAfterId } from 'src/coach-turns/events/turn-attempts';
import { parseLastEventId } from 'src/coach-turns/turn-request';
import { TurnViewService } from 'src/coach-turns/turn-view.service';

/**
 * A turn's events for `GET /coach/turns/:id/events`: the stored ones after `afterId`, then live
 * ones until `done` or `error`. A finished turn whose channel has expired gets one final event
 * rebuilt from the database, so the sequence always ends the same way.
 */
@Injectable()
export class TurnEventStreamService {
  constructor(
    @Inject(TURN_EVENT_BUS) private readonly bus: TurnEventBus,
    private readonly views: TurnViewService,
  ) {}

  /**
   * Resumes after `Last-Event-ID` (`0`: from the first event; none: from the start of the
   * current attempt). Checks the header and that the
   * turn is the client's before resolving, so a refusal happens before anything is
   * sent; the events then flow until the terminal one or until `signal` aborts.
   */
  async open(
    userId: string,
    turnId: string,
    lastEventIdHeader: string | string[] | undefined,
    signal: AbortSignal,
  ): Promise<AsyncIterable<TurnEvent>> {
    const lastEventId = parseLastEventId(lastEventIdHeader);
    const turn = await this.views.getOwned(userId, turnId);
    // A resume continues where it left off; a new subscriber joins the current attempt.
    const resuming = lastEventIdHeader !== undefined && lastEventIdHeader !== '';
    const afterId = resuming ? lastEventId : await currentAttemptAfterId(this.bus, turn.id);
    return this.events(turn, afterId, signal);
  }

  private async *events(turn: TurnEntity, afterId: number, signal: AbortSignal): AsyncIterable<TurnEvent> {
    if (turn.status === 'done' || turn.status === 'failed') {
      const stored = await this.bus.replay(turn.id, afterId);
      if (stored.some((event) => TERMINAL_TURN_EVENTS.has(event.type))) {
        yield* stored;
        return;
      }
      if (stored.length === 0) {
        yield await this.rebuiltFinal(turn, afterId + 1);
        return;
      }
    }
    yield* this.bus.follow(turn.id, afterId, signal);
  }

  private async rebuiltFinal(turn: TurnEntity, id: number): Promise<TurnEvent> {
    if (turn.status === 'failed') {
      return { id, type: 'error', data: { code: turn.errorCode, message: 'The coach could not answer.' } };
    }
    return { id, type: 'done', data: await this.views.resultOf(turn) };
  }
}
