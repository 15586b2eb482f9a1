import { type JsonSchema, parseStructuredOutput, validateJsonSchema } from 'src/ai/schema/json-schema';

const schema: JsonSchema = {
  type: 'object',
  properties: {
    message: { type: 'string' },
    actions: {
      type: 'array',
      items: {
        anyOf: [
          {
            type: 'object',
            properties: {
              type: { type: 'string', enum: ['focus_category'] },
              params: {
                type: 'object',
                properties: { category: { type: 'string', enum: ['spiritual', 'maker_of_money'] } },
                required: ['category'],
                additionalProperties: false,
              },
            },
            required: ['type', 'params'],
            additionalProperties: false,
          },
          {
            type: 'object',
            properties: {
              type: { type: 'string', enum: ['show_intro_choices'] },
              params: { type: 'object', properties: {}, required: [], additionalProperties: false },
            },
            required: ['type', 'params'],
            additionalProperties: false,
          },
        ],
      },
    },
  },
  required: ['message', 'actions'],
  additionalProperties: false,
};

describe('validateJsonSchema', () => {
  it('should accept a value when it matches the schema', () => {
    expect(
      validateJsonSchema(schema, {
        message: 'Hi',
        actions: [
          { type: 'focus_category', params: { category: 'spiritual' } },
          { type: 'show_intro_choices', params: {} },
        ],
      }),
    ).toEqual([]);
  });

  it('should report the path of a bad enum value when the tag of a tagged union matched', () => {
    expect(
      validateJsonSchema(schema, {
        message: 'Hi',
        actions: [{ type: 'focus_category', params: { category: 'cooking' } }],
      }),
    ).toEqual([
      {
        path: 'actions[0].params.category',
        message: 'must be one of spiritual, maker_of_money; got "cooking"',
      },
    ]);
  });

  it('should list the allowed tags when an action type is not offered', () => {
    const [violation] = validateJsonSchema(schema, { message: 'Hi', actions: [{ type: 'fly', params: {} }] });
    expect(violation).toEqual({
      path: 'actions[0].type',
      message: 'must be one of focus_category, show_intro_choices; got "fly"',
    });
  });

  it('should report missing and extra properties when an object is wrong', () => {
    expect(validateJsonSchema(schema, { actions: [], extra: 1 })).toEqual([
      { path: 'message', message: 'is required' },
      { path: 'extra', message: 'is not allowed' },
    ]);
  });
});

describe('parseStructuredOutput', () => {
  it('should fail as malformed_json when the text is not JSON', () => {
    expect(parseStructuredOutput(schema, '{"message": "Hi", "actions": [')).toMatchObject({
      ok: false,
      reason: 'malformed_json',
    });
  });

  it('should fail as schema_violation naming the path when the JSON has the wrong shape', () => {
    const parsed = parseStructuredOutput(schema, '{"message": 3, "actions": []}');
    expect(parsed).toMatchObject({ ok: false, reason: 'schema_violation' });
    expect(parsed.ok ? '' : parsed.message).toContain('message must be a string');
  });

  it('should return the value when the JSON conforms', () => {
    expect(parseStructuredOutput(schema, '{"message":"Hi","actions":[]}')).toEqual({
      ok: true,
      value: { message: 'Hi', actions: [] },
      recovered: false,
    });
  });

  it('should recover a fenced, wrapped or doubled object without calling it malformed', () => {
    const reply = '{"message":"Hi","actions":[]}';
    for (const text of [
      `\`\`\`json\n${reply}\n\`\`\``,
      `Here you go:\n${reply}`,
      `${reply}\n${reply}`,
      `{"message":"Hi there, {not a brace}","actions":[]}{"message":"x"}`,
    ]) {
      const parsed = parseStructuredOutput(schema, text);
      expect(parsed.ok, text).toBe(true);
      expect(parsed.ok && parsed.recovered).toBe(true);
    }
  });

  it('should call a reply malformed only when no object in it parses', () => {
    const parsed = parseStructuredOutput(schema, '```json\n{"message": "Hi", "actions": [\n```');
    expect(parsed).toMatchObject({ ok: false, reason: 'malformed_json' });
  });
});
