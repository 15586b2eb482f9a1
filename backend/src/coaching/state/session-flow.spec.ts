import { PHASES } from 'src/curriculum/phases';
import { continueUnlocksAt, introVideoFor, videoOnTransition } from 'src/coaching/state/session-flow';

describe('session flow', () => {
  it('should show the finished session outro when a forward move leaves a session', () => {
    expect(videoOnTransition('identity_warm_up', 'identity_brainstorming')).toEqual({
      session: 'get_to_know',
      placement: 'outro',
    });
    expect(videoOnTransition('i_am_statement', 'identity_visualization')).toEqual({
      session: 'i_am',
      placement: 'outro',
    });
  });

  it('should show the next intro when the finished session has no outro', () => {
    // welcome has no outro and get_to_know no intro: nothing to show between them.
    expect(videoOnTransition('introduction', 'get_to_know_you')).toBeNull();
  });

  it('should show nothing when the move stays inside a session or goes backwards', () => {
    expect(videoOnTransition('get_to_know_you', 'identity_warm_up')).toBeNull();
    expect(videoOnTransition('identity_brainstorming', 'identity_warm_up')).toBeNull();
  });

  it('should name an outro for every session boundary after the welcome when walking forward', () => {
    const slots = PHASES.slice(1).map((to, index) => videoOnTransition(PHASES[index], to));
    expect(slots.filter(Boolean).map((slot) => slot?.session)).toEqual([
      'get_to_know',
      'brainstorming',
      'refinement',
      'commitment',
      'i_am',
    ]);
  });

  it('should find the intro of the current session when one exists', () => {
    expect(introVideoFor('introduction')).toEqual({ session: 'welcome', placement: 'intro' });
    expect(introVideoFor('anything_missing')).toEqual({ session: 'refinement', placement: 'intro' });
    expect(introVideoFor('identity_warm_up')).toBeNull();
  });

  it('should unlock Continue at half or 20 s before the end when given a duration', () => {
    expect(continueUnlocksAt(10)).toBe(5);
    expect(continueUnlocksAt(30)).toBe(15);
    expect(continueUnlocksAt(31)).toBe(11);
    expect(continueUnlocksAt(300)).toBe(280);
  });
});
