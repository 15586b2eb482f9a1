import { Injectable } from '@nestjs/common';
import type { ActionHandler } from 'src/coaching/actions/action-handler';
import { done, reject } from 'src/coaching/actions/action-outcome';
import { ActionRejectionCode } from 'src/coaching/actions/action-rejection';
import type { ActionOf, ActionOutcome } from 'src/coaching/actions/action.types';
import type { ActionWorkspace } from 'src/coaching/actions/action-workspace';
import { quote } from 'src/coaching/actions/summary-text';
import { IdentityRepository } from 'src/coaching/repositories/identity.repository';

type EditType = 'rename_identity' | 'add_identity_note' | 'set_i_am_statement' | 'archive_identity';

@Injectable()
export class IdentityEditHandler implements ActionHandler<EditType> {
  readonly types = [
    'rename_identity',
    'add_identity_note',
    'set_i_am_statement',
    'archive_identity',
  ] as const;

  constructor(private readonly identities: IdentityRepository) {}

  async apply(workspace: ActionWorkspace, action: ActionOf<EditType>): Promise<ActionOutcome> {
    const lookup = await workspace.liveIdentity(action.params.id);
    if (!lookup.ok) {
      return lookup.outcome;
    }
    const identity = lookup.identity;
    const before = identity.name;
    switch (action.type) {
      case 'rename_identity': {
        const { name } = action.params;
        if (workspace.nameTaken(name, identity.id)) {
          return reject(
            ActionRejectionCode.DuplicateName,
            `An identity named ${quote(name)} already exists.`,
          );
        }
        await this.identities.update(workspace.db, identity, { name });
        workspace.changed(identity);
        return done(`Renamed identity ${quote(before)} to ${quote(name)}.`);
      }
      case 'add_identity_note': {
        const note = { text: action.params.note, createdAt: workspace.now.toISOString(), provenance: null };
        await this.identities.update(workspace.db, identity, { notes: [...identity.notes, note] });
        workspace.changed(identity);
        return done(`Added a note to ${quote(before)}: ${quote(action.params.note)}.`);
      }
      case 'set_i_am_statement': {
        await this.identities.update(workspace.db, identity, { iAmStatement: action.params.statement });
        workspace.changed(identity);
        return done(`Set the “I am” statement of ${quote(before)} to ${quote(action.params.statement)}.`);
      }
      case 'archive_identity': {
        await this.identities.archive(workspace.db, identity);
        workspace.changed(identity);
        // During commitment, "no" means the next identity comes up; elsewhere the coach only
        // moves on when the one it was working on is gone.
        if (workspace.state.currentPhase === 'identity_commitment') {
          workspace.advanceCurrentIdentity();
        } else {
          workspace.keepCurrentIdentityLive();
        }
        return done(`Archived identity ${quote(before)}.`);
      }
    }
  }
}
