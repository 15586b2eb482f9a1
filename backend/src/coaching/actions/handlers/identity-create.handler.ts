import { Injectable } from '@nestjs/common';
import type { NewIdentityItem } from 'src/curriculum/actions';
import type { ActionHandler } from 'src/coaching/actions/action-handler';
import { done, reject } from 'src/coaching/actions/action-outcome';
import { ActionRejectionCode } from 'src/coaching/actions/action-rejection';
import type { ActionOf, ActionOutcome } from 'src/coaching/actions/action.types';
import type { ActionWorkspace } from 'src/coaching/actions/action-workspace';
import { quote, quotedList } from 'src/coaching/actions/summary-text';
import type { IdentityEntity } from 'src/coaching/entities/identity.entity';
import { initialIdentityState } from 'src/coaching/identities/identity-rules';
import { IdentityRepository } from 'src/coaching/repositories/identity.repository';

type CreateType = 'create_identity' | 'create_identities';

@Injectable()
export class IdentityCreateHandler implements ActionHandler<CreateType> {
  readonly types = ['create_identity', 'create_identities'] as const;

  constructor(private readonly identities: IdentityRepository) {}

  async apply(workspace: ActionWorkspace, action: ActionOf<CreateType>): Promise<ActionOutcome> {
    if (action.type === 'create_identity') {
      if (workspace.nameTaken(action.params.name)) {
        return reject(
          ActionRejectionCode.DuplicateName,
          `An identity named ${quote(action.params.name)} already exists.`,
        );
      }
      const created = await this.create(workspace, action.params);
      return done(`Created identity ${quote(created.name)} in ${created.category}.`);
    }
    const created: IdentityEntity[] = [];
    const skipped: string[] = [];
    // Duplicates (against existing names and within the list) are skipped, not errors.
    for (const item of action.params.items) {
      if (workspace.nameTaken(item.name)) {
        skipped.push(item.name);
      } else {
        created.push(await this.create(workspace, item));
      }
    }
    const made = created.length
      ? `Created identities ${created.map((identity) => `${quote(identity.name)} in ${identity.category}`).join(', ')}`
      : 'Created no identities';
    return done(skipped.length ? `${made}; skipped ${quotedList(skipped)} (already exist).` : `${made}.`);
  }

  private async create(workspace: ActionWorkspace, item: NewIdentityItem): Promise<IdentityEntity> {
    const identity = await this.identities.insert(workspace.db, {
      userId: workspace.userId,
      name: item.name,
      category: item.category,
      state: initialIdentityState(workspace.state.currentPhase),
      notes: item.note ? [{ text: item.note, createdAt: workspace.now.toISOString(), provenance: null }] : [],
      order: workspace.nextOrder(),
    });
    workspace.added(identity);
    // Identities created in a phase that works through them one at a time (anything_missing)
    // become current when nothing else is.
    if (!workspace.state.currentIdentityId) {
      workspace.advanceCurrentIdentity();
    }
    return identity;
  }
}
