import { Injectable } from '@nestjs/common';
import { IDENTITY_STATES } from 'src/curriculum/identity-states';
import type { ActionHandler } from 'src/coaching/actions/action-handler';
import { ACTION_LIMITS } from 'src/coaching/actions/action-shape.validator';
import { done, reject } from 'src/coaching/actions/action-outcome';
import { ActionRejectionCode } from 'src/coaching/actions/action-rejection';
import type { ActionOf, ActionOutcome } from 'src/coaching/actions/action.types';
import type { ActionWorkspace } from 'src/coaching/actions/action-workspace';
import { plural, quote } from 'src/coaching/actions/summary-text';
import type { IdentityEntity, IdentityNote } from 'src/coaching/entities/identity.entity';
import { combinedName } from 'src/coaching/identities/identity-rules';
import { IdentityRepository } from 'src/coaching/repositories/identity.repository';

type MergeType = 'nest_identity' | 'combine_identities';

// Notes keep the identity they were first written on: a note that came to the source by an
// earlier nest or combine still names its original identity.
const copiedNotes = (from: IdentityEntity, via: 'nest' | 'combine'): IdentityNote[] =>
  from.notes.map((note) => ({
    ...note,
    provenance: note.provenance ?? { via, identityId: from.id, identityName: from.name },
  }));

const earlierState = (a: IdentityEntity, b: IdentityEntity): IdentityEntity['state'] =>
  IDENTITY_STATES.indexOf(a.state) <= IDENTITY_STATES.indexOf(b.state) ? a.state : b.state;

@Injectable()
export class IdentityMergeHandler implements ActionHandler<MergeType> {
  readonly types = ['nest_identity', 'combine_identities'] as const;

  constructor(private readonly identities: IdentityRepository) {}

  async apply(workspace: ActionWorkspace, action: ActionOf<MergeType>): Promise<ActionOutcome> {
    const [firstId, secondId] =
      action.type === 'nest_identity'
        ? [action.params.childId, action.params.parentId]
        : [action.params.keepId, action.params.mergeId];
    if (firstId === secondId) {
      return reject(ActionRejectionCode.SameIdentity, 'An identity cannot be merged with itself.');
    }
    const first = await workspace.liveIdentity(firstId);
    if (!first.ok) {
      return first.outcome;
    }
    const second = await workspace.liveIdentity(secondId);
    if (!second.ok) {
      return second.outcome;
    }
    const outcome =
      action.type === 'nest_identity'
        ? await this.nest(workspace, first.identity, second.identity)
        : await this.combine(workspace, first.identity, second.identity);
    if (outcome.ok) {
      // During commitment nesting or merging away decides an identity: the next one comes up.
      if (workspace.state.currentPhase === 'identity_commitment') {
        workspace.advanceCurrentIdentity();
      } else {
        workspace.keepCurrentIdentityLive();
      }
    }
    return outcome;
  }

  /** The child is archived under the parent; its notes are copied to the parent. */
  private async nest(
    workspace: ActionWorkspace,
    child: IdentityEntity,
    parent: IdentityEntity,
  ): Promise<ActionOutcome> {
    const copied = copiedNotes(child, 'nest');
    await this.identities.archive(workspace.db, child, parent.id);
    workspace.changed(child);
    if (copied.length) {
      await this.identities.update(workspace.db, parent, { notes: [...parent.notes, ...copied] });
      workspace.changed(parent);
    }
    return done(
      `Nested ${quote(child.name)} under ${quote(parent.name)} (${plural(copied.length, 'note')} copied).`,
    );
  }

  /** The kept identity is renamed "A / B" and takes the other's notes; the other is archived. */
  private async combine(
    workspace: ActionWorkspace,
    keep: IdentityEntity,
    merge: IdentityEntity,
  ): Promise<ActionOutcome> {
    const name = combinedName(keep.name, merge.name);
    if (name.length > ACTION_LIMITS.nameLength) {
      return reject(
        ActionRejectionCode.NameTooLong,
        `${quote(name)} would be longer than ${ACTION_LIMITS.nameLength} characters.`,
      );
    }
    if (workspace.nameTaken(name, keep.id, merge.id)) {
      return reject(ActionRejectionCode.DuplicateName, `An identity named ${quote(name)} already exists.`);
    }
    const [keptName, mergedName] = [keep.name, merge.name];
    const combined = {
      name,
      notes: [...keep.notes, ...copiedNotes(merge, 'combine')],
      // The combined identity is only as far along as the less advanced of the two.
      state: earlierState(keep, merge),
      iAmStatement: keep.iAmStatement ?? merge.iAmStatement,
    };
    // Archive first: the merged name leaves the live-name unique index before the rename.
    await this.identities.archive(workspace.db, merge);
    workspace.changed(merge);
    await this.identities.update(workspace.db, keep, combined);
    workspace.changed(keep);
    return done(`Combined ${quote(keptName)} and ${quote(mergedName)} into ${quote(name)}.`);
  }
}
