import { Injectable } from '@nestjs/common';
import { type IdentityState, isBefore } from 'src/curriculum/identity-states';
import type { ActionHandler } from 'src/coaching/actions/action-handler';
import { done, reject } from 'src/coaching/actions/action-outcome';
import { ActionRejectionCode } from 'src/coaching/actions/action-rejection';
import type { ActionOf, ActionOutcome } from 'src/coaching/actions/action.types';
import type { ActionWorkspace } from 'src/coaching/actions/action-workspace';
import { quote } from 'src/coaching/actions/summary-text';
import { IdentityRepository } from 'src/coaching/repositories/identity.repository';
import { WebhooksPublisher } from 'src/webhooks/webhooks.publisher';

type ProgressType = 'accept_refinement' | 'accept_commitment' | 'accept_i_am' | 'accept_visualization';

const TARGET: Record<ProgressType, IdentityState> = {
  accept_refinement: 'refinement_complete',
  accept_commitment: 'commitment_complete',
  accept_i_am: 'i_am_complete',
  accept_visualization: 'visualization_complete',
};

const SUMMARY: Record<ProgressType, (name: string) => string> = {
  accept_refinement: (name) => `Marked ${quote(name)} as refined.`,
  accept_commitment: (name) => `Committed to ${quote(name)}.`,
  accept_i_am: (name) => `Finalised the “I am” statement of ${quote(name)}.`,
  accept_visualization: (name) =>
    `Kept the client’s picture of living ${quote(name)}; its visualization is complete.`,
};

// Moves one identity forward in its lifecycle, then the coach on to the next one.
@Injectable()
export class IdentityProgressHandler implements ActionHandler<ProgressType> {
  readonly types = ['accept_refinement', 'accept_commitment', 'accept_i_am', 'accept_visualization'] as const;

  constructor(
    private readonly identities: IdentityRepository,
    private readonly webhooks: WebhooksPublisher,
  ) {}

  async apply(workspace: ActionWorkspace, action: ActionOf<ProgressType>): Promise<ActionOutcome> {
    const lookup = await workspace.liveIdentity(action.params.id);
    if (!lookup.ok) {
      return lookup.outcome;
    }
    const identity = lookup.identity;
    const target = TARGET[action.type];
    if (!isBefore(identity.state, target)) {
      return reject(
        ActionRejectionCode.AlreadyInState,
        `${quote(identity.name)} is already ${identity.state.replace(/_/g, ' ')}.`,
      );
    }
    if (action.type === 'accept_i_am' && !identity.iAmStatement) {
      return reject(
        ActionRejectionCode.MissingIAmStatement,
        `${quote(identity.name)} has no “I am” statement to finalise yet.`,
      );
    }
    // A visualization pictures living the final statement, so the statement comes first.
    if (action.type === 'accept_visualization' && isBefore(identity.state, 'i_am_complete')) {
      return reject(
        ActionRejectionCode.MissingIAmStatement,
        `${quote(identity.name)} has no final “I am” statement to picture yet.`,
      );
    }
    await this.identities.update(
      workspace.db,
      identity,
      action.type === 'accept_visualization'
        ? { state: target, visualization: action.params.visualization }
        : { state: target },
    );
    workspace.changed(identity);
    if (target === 'commitment_complete') {
      await this.webhooks.publish(workspace.db, 'identity.committed', {
        identityId: identity.id,
        userId: workspace.userId,
      });
    }
    workspace.advanceCurrentIdentity(target);
    return done(SUMMARY[action.type](identity.name));
  }
}
