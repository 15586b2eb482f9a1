import { Injectable } from '@nestjs/common';
import type { TurnEvent } from 'src/coach-turns/events/turn-event.types';
import { DraftEventsService, draftErrorEvent } from 'src/studio/draft-events.service';
import { DraftsService } from 'src/studio/drafts.service';

/** `GET /studio/drafts/:id/events`: checks ownership before the stream opens (a 404 stays JSON). */
@Injectable()
export class DraftStreamService {
  constructor(
    private readonly drafts: DraftsService,
    private readonly events: DraftEventsService,
  ) {}

  async open(userId: string, draftId: string, signal: AbortSignal): Promise<AsyncIterable<TurnEvent>> {
    const draft = await this.drafts.owned(userId, draftId);
    let finished: TurnEvent | null = null;
    if (draft.status === 'ready') {
      finished = { id: 1, type: 'done', data: await this.drafts.view(draft) };
    } else if (draft.status === 'failed') {
      finished = { id: 1, type: 'error', data: draftErrorEvent(draft.errorCode ?? 'image_failed') };
    }
    return this.events.follow(draft.id, finished, signal);
  }
}
