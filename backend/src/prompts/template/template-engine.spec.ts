import fc from 'fast-check';
import { CONTEXT_KEYS } from 'src/prompts/context/context-keys';
import { parseTemplate, renderTemplate } from 'src/prompts/template/template-engine';

describe('parseTemplate', () => {
  it('should list the known keys in order of first use when a template has placeholders', () => {
    expect(parseTemplate('Hi {{user_name}}, {{ current_phase }} and {{user_name}} again').keys).toEqual([
      'user_name',
      'current_phase',
    ]);
  });

  it('should name an unknown placeholder when the key is not a context key', () => {
    const { problems } = parseTemplate('Hello {{usr_name}} and {{user_name}}');
    expect(problems).toEqual([
      {
        placeholder: '{{usr_name}}',
        message: 'Unknown placeholder {{usr_name}}: "usr_name" is not a context key.',
      },
    ]);
  });

  it('should report an empty placeholder when the braces hold nothing', () => {
    expect(parseTemplate('x {{ }} y').problems[0]?.message).toContain('Empty placeholder');
  });

  it('should accept literal braces when they are not a placeholder', () => {
    const parsed = parseTemplate(
      'Answer like {"message": "hi", "actions": []} or { single } or \\{{user_name}}',
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.keys).toEqual([]);
  });
});

describe('renderTemplate', () => {
  it('should insert values when placeholders are known', () => {
    expect(
      renderTemplate('Hi {{user_name}}! Phase: {{ current_phase }}.', {
        user_name: 'Ann',
        current_phase: 'x',
      }),
    ).toBe('Hi Ann! Phase: x.');
  });

  it('should keep literal braces and unescape \\{{ when rendering', () => {
    expect(renderTemplate('JSON {"a": {"b": 1}} and \\{{user_name}}', { user_name: 'Ann' })).toBe(
      'JSON {"a": {"b": 1}} and {{user_name}}',
    );
  });

  it('should never re-interpret a value when it contains a placeholder', () => {
    const rendered = renderTemplate('Client said: {{recent_messages}} / name {{user_name}}', {
      recent_messages: 'Call me {{user_name}} please \\{{x}}',
      user_name: 'Ann',
    });
    expect(rendered).toBe('Client said: Call me {{user_name}} please \\{{x}} / name Ann');
  });

  it('should render a missing value as empty when the context lacks it', () => {
    expect(renderTemplate('[{{user_notes}}]', {})).toBe('[]');
  });

  it('should insert every value verbatim when values are arbitrary strings', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CONTEXT_KEYS), fc.string(), fc.string(), (key, value, prefix) => {
        const safePrefix = prefix.replace(/[{}\\]/g, '');
        expect(renderTemplate(`${safePrefix}{{${key}}}`, { [key]: value })).toBe(`${safePrefix}${value}`);
      }),
    );
  });
});
