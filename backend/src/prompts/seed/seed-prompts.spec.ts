import { MODEL_PHASES } from 'src/curriculum/phases';
import { ALL_PROMPT_KEYS, promptKey } from 'src/prompts/prompt-keys';
import { validatePromptInput } from 'src/prompts/prompt-validation';
import { SEED_PROMPTS } from 'src/prompts/seed/seed-prompts';

describe('SEED_PROMPTS', () => {
  it('should cover every prompt key exactly once when seeded', () => {
    expect(SEED_PROMPTS.map((seed) => promptKey(seed.parts)).sort()).toEqual(
      ALL_PROMPT_KEYS.map(promptKey).sort(),
    );
  });

  it.each(SEED_PROMPTS.map((seed) => [promptKey(seed.parts), seed] as const))(
    'should pass the same validation as a staff edit when %s is checked',
    (_key, seed) => {
      expect(() =>
        validatePromptInput({ ...seed.parts, body: seed.body, allowedActions: seed.allowedActions }),
      ).not.toThrow();
    },
  );

  it('should let every phase but the last move on and explain when to when phase prompts are read', () => {
    for (const seed of SEED_PROMPTS.filter((item) => item.parts.kind === 'phase')) {
      const last = seed.parts.phase === 'identity_visualization';
      expect(seed.allowedActions.includes('transition_phase')).toBe(!last);
      expect(seed.body.includes('transition_phase')).toBe(!last);
      expect(seed.body).toMatch(/^Phase: .+\nGoal: /);
    }
    const visualization = SEED_PROMPTS.find((item) => item.parts.phase === 'identity_visualization');
    expect(visualization?.allowedActions).toContain('accept_visualization');
    const system = SEED_PROMPTS.find((item) => item.parts.kind === 'system');
    expect(system?.body).toContain('one question at a time');
    expect(SEED_PROMPTS.filter((item) => item.parts.kind === 'phase')).toHaveLength(MODEL_PHASES.length);
  });

  it('should inject the focus guide when brainstorming', () => {
    const brainstorming = SEED_PROMPTS.find((seed) => seed.parts.phase === 'identity_brainstorming');
    expect(brainstorming?.body).toContain('{{focus_category_guide}}');
  });

  it('should have distinct hashes when the texts differ', () => {
    expect(new Set(SEED_PROMPTS.map((seed) => seed.seedHash)).size).toBe(SEED_PROMPTS.length);
  });
});
