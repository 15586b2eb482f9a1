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

  it('should leave archived identities out and say why each empty list is empty', () => {
    const context = { ...sampleContext('identity_refinement'), userNotes: [], whoYouAre: [] };
    context.identities = context.identities.map((identity) => ({ ...identity, state: 'archived' as const }));
    const values = renderContextValues(context);
    expect(values.identities).toBe('(no identities yet)');
    expect(values.identity_count).toBe('0');
    expect(values.user_notes).toBe('(no remembered notes)');
    expect(values.who_you_are).toBe('(the client has not listed anything here yet)');
    // Nothing pending in refinement means done, not "nothing added yet".
    expect(values.pending_identities).toBe('(none left: every identity has reached this step)');
    expect(values.current_identity).toBe('(none: every identity has reached this step)');
    expect(values.skipped_categories).toBe('(no area skipped)');
    expect(renderContextValues(sampleContext('introduction')).pending_identities).toBe(
      '(none: this phase does not work through identities one by one)',
    );
  });

  it('should list every area in order with its status and the skipped ones when brainstorming', () => {
    const context = { ...sampleContext(), skippedCategories: ['spiritual' as const] };
    const values = renderContextValues(context);
    expect(values.category_order.split('\n')).toEqual([
      '1. Passions and talents (passions_and_talents): 2 identities',
      '2. Maker of money (maker_of_money): 1 identity',
      '3. Keeper of money (keeper_of_money): no identity yet ← focus now',
      '4. Spiritual (spiritual): skipped',
      expect.stringMatching(/^5\. .*: no identity yet$/),
      expect.stringMatching(/^6\. /),
      expect.stringMatching(/^7\. /),
      expect.stringMatching(/^8\. /),
      expect.stringMatching(/^9\. /),
    ]);
    expect(values.skipped_categories).toBe('- Spiritual (spiritual)');
  });

  it('should flag whether the client wrote since the coach last spoke', () => {
    const context = sampleContext();
    const asked = renderContextValues({
      ...context,
      recentMessages: [...context.recentMessages, { role: 'user', content: 'Hi', actionSummaries: [] }],
    });
    expect(asked.new_client_message).toMatch(/^yes: /);
    const opened = renderContextValues({
      ...context,
      recentMessages: [...context.recentMessages, { role: 'coach', content: 'Next up', actionSummaries: [] }],
    });
    expect(opened.new_client_message).toMatch(/^no: .*do not repeat your last message/);
    expect(renderContextValues({ ...context, recentMessages: [] }).new_client_message).toMatch(/^no: /);
  });
});
