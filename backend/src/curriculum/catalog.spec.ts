import { ACTION_SPECS, ACTION_TYPES, BUTTON_ACTION_TYPES, MODEL_ACTION_TYPES } from 'src/curriculum/actions';
import { IDENTITY_CATEGORIES, nextCategory } from 'src/curriculum/categories';
import { isBefore } from 'src/curriculum/identity-states';
import { MODEL_PHASES, nextPhase, PHASES } from 'src/curriculum/phases';
import { SESSION_INFO, SESSIONS, sessionOf } from 'src/curriculum/sessions';

describe('coaching catalogue', () => {
  it('should put every phase in exactly one session when grouped', () => {
    const grouped = SESSIONS.flatMap((session) => SESSION_INFO[session].phases);
    expect([...grouped].sort()).toEqual([...PHASES].sort());
    expect(sessionOf('identity_warm_up')).toBe('get_to_know');
  });

  it('should walk phases and categories in order when asked for the next', () => {
    expect(nextPhase('introduction')).toBe('get_to_know_you');
    expect(nextPhase('identity_visualization')).toBeNull();
    expect(nextCategory('passions_and_talents')).toBe('maker_of_money');
    expect(nextCategory(IDENTITY_CATEGORIES[IDENTITY_CATEGORIES.length - 1] ?? 'doer_of_things')).toBeNull();
    // The coach answers in the last phase too (reflection, summary, what next).
    expect(MODEL_PHASES).toContain('identity_visualization');
  });

  it('should keep button-only actions away from the model when offering actions', () => {
    expect(MODEL_ACTION_TYPES).not.toContain('start_break');
    expect(BUTTON_ACTION_TYPES).toEqual(
      expect.arrayContaining([
        'acknowledge_video',
        'start_break',
        'end_break',
        'combine_identities',
        'accept_i_am',
      ]),
    );
    expect(Object.keys(ACTION_SPECS).sort()).toEqual([...ACTION_TYPES].sort());
  });

  it('should order identity states when comparing progress', () => {
    expect(isBefore('accepted', 'refinement_complete')).toBe(true);
    expect(isBefore('commitment_complete', 'refinement_complete')).toBe(false);
    expect(isBefore('archived', 'i_am_complete')).toBe(false);
  });
});
