import { PromptErrorCode, PromptException } from 'src/prompts/prompts.exception';
import { type PromptInput, validatePromptInput } from 'src/prompts/prompt-validation';

const rejection = (input: PromptInput): PromptException => {
  try {
    validatePromptInput(input);
  } catch (error) {
    if (error instanceof PromptException) {
      return error;
    }
    throw error;
  }
  throw new Error('expected the input to be rejected');
};

describe('validatePromptInput', () => {
  it('should derive the required context keys when the template is valid', () => {
    const valid = validatePromptInput({
      kind: 'phase',
      phase: 'identity_refinement',
      body: 'Now: {{current_identity}} for {{user_name}}. Literal {"a": 1}.',
      allowedActions: ['rename_identity', 'accept_refinement', 'rename_identity'],
    });
    expect(valid.requiredContextKeys).toEqual(['current_identity', 'user_name']);
    expect(valid.allowedActions).toEqual(['rename_identity', 'accept_refinement']);
    expect(valid.parts).toEqual({ kind: 'phase', phase: 'identity_refinement', category: null });
  });

  it.each<[PromptInput, PromptErrorCode, string, string]>([
    [{ kind: 'system', body: 'Hi {{usr_name}}' }, PromptErrorCode.InvalidTemplate, 'body', '{{usr_name}}'],
    [{ kind: 'system', body: '   \n ' }, PromptErrorCode.InvalidTemplate, 'body', 'empty'],
    [{ kind: 'persona', body: 'x' }, PromptErrorCode.InvalidKey, 'kind', 'must be one of'],
    [
      { kind: 'phase', phase: 'dancing', body: 'x', allowedActions: ['transition_phase'] },
      PromptErrorCode.InvalidKey,
      'phase',
      'dancing',
    ],
    [
      { kind: 'phase', body: 'x', allowedActions: ['transition_phase'] },
      PromptErrorCode.InvalidKey,
      'phase',
      'needs a phase',
    ],
    [
      { kind: 'category_guide', category: 'cooking', body: 'x' },
      PromptErrorCode.InvalidKey,
      'category',
      'cooking',
    ],
    [
      { kind: 'system', phase: 'introduction', body: 'x' },
      PromptErrorCode.InvalidKey,
      'phase',
      'only phase prompts',
    ],
    [
      { kind: 'phase', phase: 'introduction', body: 'x', allowedActions: ['fly_away'] },
      PromptErrorCode.InvalidActions,
      'allowedActions',
      'fly_away',
    ],
    [
      { kind: 'phase', phase: 'introduction', body: 'x', allowedActions: ['start_break'] },
      PromptErrorCode.InvalidActions,
      'allowedActions',
      'button-only',
    ],
    [
      { kind: 'phase', phase: 'introduction', body: 'x', allowedActions: [] },
      PromptErrorCode.InvalidActions,
      'allowedActions',
      'at least one',
    ],
    [
      { kind: 'sentinel', body: 'x', allowedActions: ['create_identity'] },
      PromptErrorCode.InvalidActions,
      'allowedActions',
      'only phase prompts',
    ],
    [
      { kind: 'category_guide', category: 'spiritual', body: '{{focus_category_guide}}' },
      PromptErrorCode.InvalidTemplate,
      'body',
      'itself',
    ],
  ])('should reject %j with %s naming the problem when it is invalid', (input, code, field, text) => {
    const error = rejection(input);
    expect(error.code).toBe(code);
    expect(error.status).toBe(400);
    expect(error.details?.some((detail) => detail.field === field && detail.message.includes(text))).toBe(
      true,
    );
    expect(error.message).toContain(text);
  });
});
