import { Inject, Injectable } from '@nestjs/common';
import type { ImageErrorCode } from 'src/ai/images/image.types';
import { TURN_EVENT_BUS, type TurnEvent, type TurnEventBus } from 'src/coach-turns/events/turn-event.types';
import type { StudioDraftDto } from 'src/studio/dto/studio.dto';

export type DraftStage = 'queued' | 'generating' | 'storing';

export interface DraftErrorEvent {
  code: ImageErrorCode;
  message: string;
  retryable: boolean;
}

export const DRAFT_ERROR_MESSAGES: Record<ImageErrorCode, string> = {
  image_blocked: 'The picture was blocked by the safety check; try a different scene or instruction.',
  image_rate_limited: 'The image service is busy right now; try again in a minute.',
  image_overloaded: 'The image service is overloaded; try again shortly.',
  image_timeout: 'The picture took too long to make; try again.',
  image_failed: 'The picture could not be made; try again.',
};

export const draftErrorEvent = (code: ImageErrorCode): DraftErrorEvent => ({
  code,
  message: DRAFT_ERROR_MESSAGES[code],
  retryable: code !== 'image_blocked',
});

/**
 * A draft's progress on the turn event bus (the same channels, Redis Streams with BullMQ or
 * memory in one process, keyed by the draft id): `progress`, then `done` or `error`.
 */
@Injectable()
export class DraftEventsService {
  constructor(@Inject(TURN_EVENT_BUS) private readonly bus: TurnEventBus) {}

  async progress(draftId: string, stage: DraftStage, percent: number): Promise<void> {
    await this.bus.publish(draftId, 'progress', { stage, percent });
  }

  async done(draftId: string, draft: StudioDraftDto): Promise<void> {
    await this.bus.publish(draftId, 'done', draft);
  }

  async error(draftId: string, code: ImageErrorCode): Promise<void> {
    await this.bus.publish(draftId, 'error', draftErrorEvent(code));
  }

  /**
   * Events of a pending draft, stored ones first, until `done`/`error`. A finished draft gets
   * its ending at once, rebuilt from the database (`finished`): its channel may have expired,
   * and the row knows whether it has been saved since.
   */
  async *follow(draftId: string, finished: TurnEvent | null, signal: AbortSignal): AsyncIterable<TurnEvent> {
    if (finished) {
      yield finished;
      return;
    }
    yield* this.bus.follow(draftId, 0, signal);
  }
}
