import { renderContextValues } from 'src/prompts/context/context-values';
import { CONTEXT_KEYS } from 'src/prompts/context/context-keys';
import { sampleContext } from 'src/prompts/context/sample-context';

describe('renderContextValues', () => {
  it('should render every context key when given the sample client', () => {
    const values = renderContextValues(sampleContext('identity_refinement'), 'GUIDE');
    expect(Object.keys(values).sort()).toEqual([...CONTEXT_KEYS].sort());
    expect(values.user_name).toBe('Maya');
    expect(values.identity_count).toBe('3');
    expect(values.focus_category_guide).toBe('GUIDE');
    expect(values.current_identity).toContain('“Musician”');
    expect(values.current_identity).toContain('id: 8d0c6a3e-4f1b-4c2a-9d7e-1a2b3c4d5e01');
    expect(values.pending_identities.split('\n')).toHaveLength(3);
    expect(values.focus_category).toContain('Keeper of money');
    expect(values.recent_messages).toContain('Client: Honestly?');
    expect(values.recent_messages).toContain('(Created identity “Nurse” in maker_of_money.)');
  });

  it('should leave archived identities out and say so when lists are empty', () => {
    const context = { ...sampleContext(), userNotes: [], whoYouAre: [] };
    context.identities = context.identities.map((identity) => ({ ...identity, state: 'archived' as const }));
    const values = renderContextValues(context);
    expect(values.identities).toBe('(none yet)');
    expect(values.identity_count).toBe('0');
    expect(values.user_notes).toBe('(none yet)');
    expect(values.who_you_are).toBe('(none yet)');
  });
});
