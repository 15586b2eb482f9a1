import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { TurnEntity } from 'src/coaching/entities/turn.entity';
import {
  TERMINAL_TURN_EVENTS,
  TURN_EVENT_BUS,
  type TurnEvent,
  type TurnEventBus,
} from 'src/coach-turns/events/turn-event.types';
import { parseLastEventId } from 'src/coach-turns/turn-request';
import { TurnViewService } from 'src/coach-turns/turn-view.service';

export const SSE_HEARTBEAT_MS = 15_000;

const format = (event: TurnEvent): string =>
  `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`;

/**
 * `GET /coach/turns/:id/events`: replays the turn's events after `Last-Event-ID`, then follows
 * live ones until `done` or `error`. A finished turn whose channel has expired gets one final
 * event rebuilt from the database, so the stream always ends the same way.
 */
@Injectable()
export class TurnEventStreamService {
  constructor(
    @Inject(TURN_EVENT_BUS) private readonly bus: TurnEventBus,
    private readonly views: TurnViewService,
  ) {}

  /** Events of a turn from `afterId` on, ending with its terminal event. */
  async *events(turn: TurnEntity, afterId: number, signal: AbortSignal): AsyncIterable<TurnEvent> {
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

  /** Validates everything before the first byte, so errors keep the JSON error shape. */
  async stream(userId: string, turnId: string, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const afterId = parseLastEventId(request.headers['last-event-id']);
    const turn = await this.views.getOwned(userId, turnId);
    const aborter = new AbortController();
    request.raw.once('close', () => aborter.abort());
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      'X-Accel-Buffering': 'no',
      Connection: 'keep-alive',
    });
    raw.write(': stream open\n\n');
    const heartbeat = setInterval(() => raw.write(': heartbeat\n\n'), SSE_HEARTBEAT_MS);
    try {
      for await (const event of this.events(turn, afterId, aborter.signal)) {
        raw.write(format(event));
      }
    } finally {
      clearInterval(heartbeat);
      aborter.abort();
      raw.end();
    }
  }

  private async rebuiltFinal(turn: TurnEntity, id: number): Promise<TurnEvent> {
    if (turn.status === 'failed') {
      return { id, type: 'error', data: { code: turn.errorCode, message: 'The coach could not answer.' } };
    }
    return { id, type: 'done', data: await this.views.resultOf(this.views.manager, turn) };
  }
}
