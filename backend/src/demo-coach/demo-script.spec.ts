import type { ContextIdentity } from 'src/curriculum/prompt-context';
import { suggestedStatement } from 'src/demo-coach/demo-script';

const identity = (name: string): ContextIdentity => ({
  id: '00000000-0000-4000-8000-000000000001',
  name,
  category: 'passions_and_talents',
  state: 'commitment_complete',
  notes: [],
  iAmStatement: null,
  parentId: null,
});

describe('suggestedStatement', () => {
  it('should read a role name as a role, with its article', () => {
    expect(suggestedStatement(identity('Finisher'))).toBe('I am a finisher who makes time for what I love.');
    expect(suggestedStatement(identity('Early riser'))).toMatch(/^I am an early riser who /);
  });

  it('should leave a name that is already a phrase or an acronym as it is', () => {
    expect(suggestedStatement(identity('Someone who keeps going'), 1)).toMatch(
      /^I am someone who keeps going, and /,
    );
    expect(suggestedStatement(identity('DIY builder'))).toMatch(/^I am a DIY builder who /);
  });

  it('should give a different statement for each rework', () => {
    const variants = [0, 1, 2].map((variant) => suggestedStatement(identity('Finisher'), variant));
    expect(new Set(variants).size).toBe(3);
  });
});
