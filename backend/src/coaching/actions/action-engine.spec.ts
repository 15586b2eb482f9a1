import { ACTION_TYPES, BUTTON_ACTION_TYPES } from 'src/curriculum/actions';
import { orderForApply } from 'src/coaching/actions/action-engine.service';
import type { ActionHandler } from 'src/coaching/actions/action-handler';
import { CardHandler } from 'src/coaching/actions/handlers/card.handler';
import { CategoryHandler } from 'src/coaching/actions/handlers/category.handler';
import { ClientListsHandler } from 'src/coaching/actions/handlers/client-lists.handler';
import { IdentityCreateHandler } from 'src/coaching/actions/handlers/identity-create.handler';
import { IdentityEditHandler } from 'src/coaching/actions/handlers/identity-edit.handler';
import { IdentityMergeHandler } from 'src/coaching/actions/handlers/identity-merge.handler';
import { IdentityProgressHandler } from 'src/coaching/actions/handlers/identity-progress.handler';
import {
  isLegalTransition,
  PhaseTransitionHandler,
} from 'src/coaching/actions/handlers/phase-transition.handler';
import { SessionBreakHandler } from 'src/coaching/actions/handlers/session-break.handler';
import { BUTTON_CARRIED_TYPES } from 'src/curriculum/component.types';

// Handlers only read their `types` here; their collaborators are never called.
const none = undefined as never;
const HANDLERS: ActionHandler[] = [
  new IdentityCreateHandler(none),
  new IdentityEditHandler(none),
  new IdentityProgressHandler(none),
  new IdentityMergeHandler(none),
  new PhaseTransitionHandler(none, none),
  new CategoryHandler(),
  new ClientListsHandler(),
  new CardHandler(),
  new SessionBreakHandler(none, none),
] as ActionHandler[];

describe('action engine wiring', () => {
  it('should have exactly one handler for every action type when the module is assembled', () => {
    const handled = HANDLERS.flatMap((handler) => [...handler.types]);
    expect([...handled].sort()).toEqual([...ACTION_TYPES].sort());
    expect(new Set(handled).size).toBe(handled.length);
  });

  it('should type exactly the catalogue button actions when cards carry actions', () => {
    expect([...BUTTON_CARRIED_TYPES].sort()).toEqual([...BUTTON_ACTION_TYPES].sort());
  });

  it('should apply transitions last and keep the rest in order when a list is ordered', () => {
    const ordered = orderForApply([
      { type: 'transition_phase', params: { to: 'get_to_know_you' } },
      { type: 'mark_question_asked', params: { question: 'work_living' } },
      { type: 'set_who_you_are', params: { items: [] } },
    ]);
    expect(ordered.map((action) => action.type)).toEqual([
      'mark_question_asked',
      'set_who_you_are',
      'transition_phase',
    ]);
  });

  it('should allow only the next phase, or earlier ones for staff, when checking a transition', () => {
    expect(isLegalTransition('introduction', 'get_to_know_you', false)).toBe(true);
    expect(isLegalTransition('introduction', 'identity_warm_up', false)).toBe(false);
    expect(isLegalTransition('introduction', 'identity_warm_up', true)).toBe(false);
    expect(isLegalTransition('identity_refinement', 'introduction', false)).toBe(false);
    expect(isLegalTransition('identity_refinement', 'introduction', true)).toBe(true);
    expect(isLegalTransition('identity_visualization', 'identity_visualization', true)).toBe(false);
  });
});
