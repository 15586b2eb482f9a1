import { Injectable } from '@nestjs/common';
import type { ActionHandler } from 'src/coaching/actions/action-handler';
import { ACTION_LIMITS } from 'src/coaching/actions/action-shape.validator';
import { done, reject } from 'src/coaching/actions/action-outcome';
import { ActionRejectionCode } from 'src/coaching/actions/action-rejection';
import type { ActionOf, ActionOutcome } from 'src/coaching/actions/action.types';
import type { ActionWorkspace } from 'src/coaching/actions/action-workspace';
import { quote } from 'src/coaching/actions/summary-text';
import {
  iAmSummaryCard,
  introChoicesCard,
  proposeArchiveCard,
  proposeCombineCard,
  proposeNestCard,
  suggestIAmCard,
} from 'src/coaching/components/card-builders';
import { describeComponent } from 'src/coaching/components/component-summary';
import type { CardIdentity, Component } from 'src/curriculum/component.types';
import type { IdentityEntity } from 'src/coaching/entities/identity.entity';
import { combinedName } from 'src/coaching/identities/identity-rules';

type CardType =
  | 'show_intro_choices'
  | 'suggest_i_am'
  | 'show_i_am_summary'
  | 'propose_combine'
  | 'propose_nest'
  | 'propose_archive';

const ref = (identity: IdentityEntity): CardIdentity => ({ id: identity.id, name: identity.name });

const shown = (card: Component): ActionOutcome => done(describeComponent(card), card);

// Component actions change nothing: they build a card whose buttons carry the effect actions.
// Ids are checked now so a card never offers something its button could not do.
@Injectable()
export class CardHandler implements ActionHandler<CardType> {
  readonly types = [
    'show_intro_choices',
    'suggest_i_am',
    'show_i_am_summary',
    'propose_combine',
    'propose_nest',
    'propose_archive',
  ] as const;

  async apply(workspace: ActionWorkspace, action: ActionOf<CardType>): Promise<ActionOutcome> {
    const phase = workspace.state.currentPhase;
    switch (action.type) {
      case 'show_intro_choices':
        return shown(introChoicesCard(phase));
      case 'show_i_am_summary':
        return shown(
          iAmSummaryCard(
            phase,
            workspace
              .liveIdentities()
              .flatMap((identity) =>
                identity.iAmStatement
                  ? [{ identityId: identity.id, name: identity.name, statement: identity.iAmStatement }]
                  : [],
              ),
          ),
        );
      case 'suggest_i_am': {
        const found = await workspace.liveIdentity(action.params.id);
        return found.ok
          ? shown(suggestIAmCard(phase, ref(found.identity), action.params.statement))
          : found.outcome;
      }
      case 'propose_archive': {
        const found = await workspace.liveIdentity(action.params.id);
        return found.ok ? shown(proposeArchiveCard(phase, ref(found.identity))) : found.outcome;
      }
      case 'propose_nest': {
        const pair = await this.pair(workspace, action.params.childId, action.params.parentId);
        return pair.ok ? shown(proposeNestCard(phase, ref(pair.first), ref(pair.second))) : pair.outcome;
      }
      case 'propose_combine': {
        const pair = await this.pair(workspace, action.params.idA, action.params.idB);
        if (!pair.ok) {
          return pair.outcome;
        }
        const name = combinedName(pair.first.name, pair.second.name);
        if (name.length > ACTION_LIMITS.nameLength) {
          return reject(
            ActionRejectionCode.NameTooLong,
            `${quote(name)} would be longer than ${ACTION_LIMITS.nameLength} characters.`,
          );
        }
        return shown(proposeCombineCard(phase, ref(pair.first), ref(pair.second), name));
      }
    }
  }

  private async pair(
    workspace: ActionWorkspace,
    firstId: string,
    secondId: string,
  ): Promise<
    { ok: true; first: IdentityEntity; second: IdentityEntity } | { ok: false; outcome: ActionOutcome }
  > {
    if (firstId === secondId) {
      return {
        ok: false,
        outcome: reject(ActionRejectionCode.SameIdentity, 'A card cannot pair an identity with itself.'),
      };
    }
    const first = await workspace.liveIdentity(firstId);
    if (!first.ok) {
      return first;
    }
    const second = await workspace.liveIdentity(secondId);
    if (!second.ok) {
      return second;
    }
    return { ok: true, first: first.identity, second: second.identity };
  }
}
