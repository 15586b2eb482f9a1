import { ACTION_TYPES, BUTTON_ACTION_TYPES } from 'src/curriculum/actions';
import { Test } from '@nestjs/testing';
import { orderForApply } from 'src/coaching/actions/action-engine.service';
import { ACTION_HANDLERS, type ActionHandler } from 'src/coaching/actions/action-handler';
import { ACTION_HANDLER_PROVIDERS } from 'src/coaching/actions/action-handlers';
import { isLegalTransition } from 'src/coaching/actions/handlers/phase-transition.handler';
import { BUTTON_CARRIED_TYPES } from 'src/curriculum/component.types';

// The handler list exactly as the coaching module provides it; only `types` is read here, so
// the handlers' repositories are empty stand-ins.
const assembledHandlers = async (): Promise<ActionHandler[]> => {
  const moduleRef = await Test.createTestingModule({ providers: ACTION_HANDLER_PROVIDERS })
    .useMocker(() => ({}))
    .compile();
  return moduleRef.get<ActionHandler[]>(ACTION_HANDLERS);
};

describe('action engine wiring', () => {
  it('should have exactly one handler for every action type when the module is assembled', async () => {
    const handled = (await assembledHandlers()).flatMap((handler) => [...handler.types]);
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
