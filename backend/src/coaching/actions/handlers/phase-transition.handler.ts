import { Injectable } from '@nestjs/common';
import { nextPhase, type Phase, PHASES } from 'src/curriculum/phases';
import type { ActionHandler } from 'src/coaching/actions/action-handler';
import { done, reject } from 'src/coaching/actions/action-outcome';
import { ActionRejectionCode } from 'src/coaching/actions/action-rejection';
import type { ActionOf, ActionOutcome } from 'src/coaching/actions/action.types';
import type { ActionWorkspace } from 'src/coaching/actions/action-workspace';
import type { VideoCard } from 'src/curriculum/component.types';
import { IdentityRepository } from 'src/coaching/repositories/identity.repository';
import { videoOnTransition } from 'src/coaching/state/session-flow';
import { VideoCatalogService } from 'src/coaching/videos/video-catalog.service';

/**
 * Only to the next phase; staff may also move a client back to any earlier one (a correction).
 * Stricter than the prompts: a model cannot skip ahead whatever it says.
 */
export const isLegalTransition = (from: Phase, to: Phase, byStaff: boolean): boolean =>
  to === nextPhase(from) || (byStaff && PHASES.indexOf(to) < PHASES.indexOf(from));

@Injectable()
export class PhaseTransitionHandler implements ActionHandler<'transition_phase'> {
  readonly types = ['transition_phase'] as const;

  constructor(
    private readonly identities: IdentityRepository,
    private readonly videos: VideoCatalogService,
  ) {}

  async apply(workspace: ActionWorkspace, action: ActionOf<'transition_phase'>): Promise<ActionOutcome> {
    const { state } = workspace;
    const from = state.currentPhase;
    const { to } = action.params;
    if (!isLegalTransition(from, to, workspace.origin.source === 'staff')) {
      const next = nextPhase(from);
      return reject(
        ActionRejectionCode.IllegalTransition,
        next ? `From ${from} the only next phase is ${next}, not ${to}.` : `${from} is the final phase.`,
      );
    }
    state.currentPhase = to;
    workspace.touchState();
    if (to === 'identity_refinement') {
      await this.acceptLiveIdentities(workspace);
    }
    workspace.advanceCurrentIdentity();
    const card = await this.sessionVideo(workspace, from, to);
    return done(`Moved from ${from} to ${to}.`, card ?? undefined);
  }

  // Refinement works on what the client kept from brainstorming: all of it is accepted.
  private async acceptLiveIdentities(workspace: ActionWorkspace): Promise<void> {
    const proposed = workspace.liveIdentities().filter((identity) => identity.state === 'proposed');
    if (!proposed.length) {
      return;
    }
    await this.identities.acceptAllProposed(workspace.db, workspace.userId);
    for (const identity of proposed) {
      identity.state = 'accepted';
      workspace.changed(identity);
    }
  }

  /** Leaving a session shows its outro (then a break), each video once per client. */
  private async sessionVideo(workspace: ActionWorkspace, from: Phase, to: Phase): Promise<VideoCard | null> {
    const slot = videoOnTransition(from, to);
    if (!slot) {
      return null;
    }
    const card = await this.videos.cardFor(workspace.db, to, slot);
    return card && !workspace.state.shownVideos.includes(card.video.key) ? card : null;
  }
}
