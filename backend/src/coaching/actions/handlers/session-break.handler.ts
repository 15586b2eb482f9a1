import { Injectable } from '@nestjs/common';
import type { ActionHandler } from 'src/coaching/actions/action-handler';
import { done, reject } from 'src/coaching/actions/action-outcome';
import { ActionRejectionCode } from 'src/coaching/actions/action-rejection';
import type { ActionOf, ActionOutcome } from 'src/coaching/actions/action.types';
import type { ActionWorkspace } from 'src/coaching/actions/action-workspace';
import { quote } from 'src/coaching/actions/summary-text';
import { breakCard } from 'src/coaching/components/card-builders';
import { BreakRepository } from 'src/coaching/repositories/break.repository';
import { introVideoFor } from 'src/coaching/state/session-flow';
import { VideoCatalogService } from 'src/coaching/videos/video-catalog.service';

type SessionType = 'acknowledge_video' | 'start_break' | 'end_break';

/**
 * The session boundary: an outro's Continue acknowledges it and starts a break (composer
 * disabled); "I'm ready" ends the break and shows the next session's intro, once per client.
 */
@Injectable()
export class SessionBreakHandler implements ActionHandler<SessionType> {
  readonly types = ['acknowledge_video', 'start_break', 'end_break'] as const;

  constructor(
    private readonly breaks: BreakRepository,
    private readonly videos: VideoCatalogService,
  ) {}

  async apply(workspace: ActionWorkspace, action: ActionOf<SessionType>): Promise<ActionOutcome> {
    const { db, state, userId } = workspace;
    switch (action.type) {
      case 'acknowledge_video': {
        const video = await this.videos.findByKey(db, action.params.key);
        if (!video) {
          return reject(ActionRejectionCode.UnknownVideo, `No session video ${quote(action.params.key)}.`);
        }
        if (!state.shownVideos.includes(video.key)) {
          state.shownVideos = [...state.shownVideos, video.key];
          workspace.touchState();
        }
        return done(`Watched the video ${quote(video.title)}.`);
      }
      case 'start_break': {
        if (await this.breaks.findOpen(db, userId)) {
          return reject(ActionRejectionCode.BreakAlreadyOpen, 'A break is already open.');
        }
        const started = await this.breaks.start(db, userId, action.params.session, workspace.now);
        workspace.touchData();
        return done(
          `Started a break after the ${action.params.session} session.`,
          breakCard(state.currentPhase, started.session, started.startedAt),
        );
      }
      case 'end_break': {
        const open = await this.breaks.findOpen(db, userId);
        if (!open) {
          return reject(ActionRejectionCode.NoOpenBreak, 'There is no break to end.');
        }
        await this.breaks.end(db, open, workspace.now);
        workspace.touchData();
        const slot = introVideoFor(state.currentPhase);
        const card = slot ? await this.videos.cardFor(db, state.currentPhase, slot) : null;
        return done(
          `Ended the break after the ${open.session} session.`,
          card && !state.shownVideos.includes(card.video.key) ? card : undefined,
        );
      }
    }
  }
}
