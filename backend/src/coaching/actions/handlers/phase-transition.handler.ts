import { Injectable } from '@nestjs/common';
import { IDENTITY_CATEGORIES } from 'src/curriculum/categories';
import { isBefore, PHASE_TARGET_STATE } from 'src/curriculum/identity-states';
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
import { WebhooksPublisher } from 'src/webhooks/webhooks.publisher';

/**
 * Only to the next phase; staff may also move a client back to any earlier one (a correction).
 * Stricter than the prompts: a model cannot skip ahead whatever it says.
 */
export const isLegalTransition = (from: Phase, to: Phase, byStaff: boolean): boolean =>
  to === nextPhase(from) || (byStaff && PHASES.indexOf(to) < PHASES.indexOf(from));

/**
 * Why the client may not leave `phase` yet, or null when its goal is met: brainstorming needs an
 * identity in every category not skipped; a phase that works identities towards a state needs
 * every live identity there. Staff corrections are exempt.
 */
export const unmetExitCriteria = (workspace: ActionWorkspace, phase: Phase): string | null => {
  const live = workspace.liveIdentities();
  if (phase === 'identity_brainstorming') {
    const skipped = new Set(workspace.state.skippedCategories);
    const covered = new Set(live.map((identity) => identity.category));
    const empty = IDENTITY_CATEGORIES.filter((category) => !skipped.has(category) && !covered.has(category));
    return empty.length > 0
      ? `Brainstorming is not finished: no identity yet in ${empty.join(', ')} (add one or skip the category).`
      : null;
  }
  const target = PHASE_TARGET_STATE[phase];
  if (!target || phase === 'identity_visualization') {
    return null;
  }
  const pending = live.filter((identity) => isBefore(identity.state, target));
  return pending.length > 0
    ? `${phase} is not finished: ${pending.map((identity) => `“${identity.name}”`).join(', ')} not yet ${target}.`
    : null;
};

@Injectable()
export class PhaseTransitionHandler implements ActionHandler<'transition_phase'> {
  readonly types = ['transition_phase'] as const;

  constructor(
    private readonly identities: IdentityRepository,
    private readonly videos: VideoCatalogService,
    private readonly webhooks: WebhooksPublisher,
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
    const unmet = workspace.origin.source === 'staff' ? null : unmetExitCriteria(workspace, from);
    if (unmet) {
      return reject(ActionRejectionCode.ExitCriteriaUnmet, unmet);
    }
    state.currentPhase = to;
    workspace.touchState();
    await this.webhooks.publish(workspace.db, 'phase.changed', { userId: workspace.userId, from, to });
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
