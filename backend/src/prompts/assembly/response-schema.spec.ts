import { validateJsonSchema } from 'src/ai/schema/json-schema';
import { coachReplyFormat, offeredActions } from 'src/prompts/assembly/response-schema';

describe('coachReplyFormat', () => {
  it('should offer only the allowed actions with every param required when built for a phase', () => {
    const { schema } = coachReplyFormat(['create_identity', 'transition_phase'], 'identity_brainstorming');
    expect(
      validateJsonSchema(schema, {
        message: 'Noted.',
        safety_concern: '',
        actions: [
          {
            type: 'create_identity',
            params: { name: 'Runner', category: 'physical_expression', note: 'runs daily' },
          },
          { type: 'transition_phase', params: { to: 'brainstorming_review' } },
        ],
      }),
    ).toEqual([]);
    expect(
      validateJsonSchema(schema, {
        message: 'x',
        safety_concern: '',
        actions: [{ type: 'create_identity', params: { name: 'Runner' } }],
      }),
    ).toEqual([
      { path: 'actions[0].params.category', message: 'is required' },
      { path: 'actions[0].params.note', message: 'is required' },
    ]);
  });

  it('should narrow transition targets to the next phase when built', () => {
    const { schema } = coachReplyFormat(['transition_phase'], 'introduction');
    const [violation] = validateJsonSchema(schema, {
      message: 'x',
      safety_concern: '',
      actions: [{ type: 'transition_phase', params: { to: 'identity_commitment' } }],
    });
    expect(violation?.message).toContain('must be one of get_to_know_you');
  });

  it('should drop button-only actions when a list contains them', () => {
    expect(offeredActions(['start_break', 'create_identity'], 'identity_brainstorming')).toEqual([
      'create_identity',
    ]);
  });

  it('should allow only an empty action list when nothing is offered', () => {
    const { schema } = coachReplyFormat([], 'introduction');
    expect(validateJsonSchema(schema, { message: 'x', actions: [], safety_concern: '' })).toEqual([]);
    expect(validateJsonSchema(schema, { message: 'x', actions: ['y'], safety_concern: '' })).not.toEqual([]);
  });

  it('should ask for the coach’s own safety flag on every reply and accept replies without it', () => {
    const format = coachReplyFormat([], 'introduction');
    expect(validateJsonSchema(format.schema, { message: 'x', actions: [] })).toEqual([
      { path: 'safety_concern', message: 'is required' },
    ]);
    expect(validateJsonSchema(format.accepts ?? format.schema, { message: 'x', actions: [] })).toEqual([]);
    expect(
      validateJsonSchema(format.accepts ?? format.schema, {
        message: 'x',
        actions: [],
        safety_concern: 'worried',
      }),
    ).toEqual([]);
  });
});
