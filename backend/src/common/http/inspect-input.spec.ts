import fc from 'fast-check';
import { hasInvalidText, inspectInput, MAX_INPUT_DEPTH } from 'src/common/http/inspect-input';

const nested = (depth: number): unknown => {
  let value: unknown = [];
  for (let level = 1; level < depth; level += 1) {
    value = [value];
  }
  return value;
};

// Node's own definition of well-formed UTF-16, which the regex in hasInvalidText must agree with.
const isWellFormed = (text: string): boolean =>
  (text as unknown as { isWellFormed(): boolean }).isWellFormed();

describe('inspectInput', () => {
  it('should find nothing when a realistic body is clean', () => {
    const body = {
      message: 'Hello 😀 — “quotes”, tabs\tand new\nlines',
      actions: [{ type: 'acknowledge_video', params: { key: 'welcome_intro', n: 3, ok: true, none: null } }],
    };
    expect(inspectInput(body, 'body')).toBeUndefined();
    expect(inspectInput(undefined, 'body')).toBeUndefined();
    expect(inspectInput(42, 'body')).toBeUndefined();
  });

  it('should accept the deepest allowed nesting and reject one level more when nested by arrays', () => {
    expect(inspectInput(nested(MAX_INPUT_DEPTH), 'body')).toBeUndefined();
    expect(inspectInput(nested(MAX_INPUT_DEPTH + 1), 'body')).toMatchObject({ kind: 'too_deep' });
  });

  it('should reject without overflowing the stack when nesting is thousands deep', () => {
    const value = JSON.parse(`{"email":${'['.repeat(100_000)}${']'.repeat(100_000)}}`) as unknown;
    expect(inspectInput(value, 'body')).toEqual({ kind: 'too_deep', field: `email${'.0'.repeat(31)}` });
  });

  it('should name the dotted path of the field when a nested string holds NUL', () => {
    const body = { items: [{ name: 'ok' }, { name: 'bad\u0000name' }] };
    expect(inspectInput(body, 'body')).toEqual({ kind: 'invalid_text', field: 'items.1.name' });
  });

  it('should report the first bad field in document order when several are bad', () => {
    const body = { a: 'fine', b: ['x\u0000'], c: '\ud800' };
    expect(inspectInput(body, 'body')).toEqual({ kind: 'invalid_text', field: 'b.0' });
  });

  it('should reject lone surrogates and accept surrogate pairs when checking text', () => {
    expect(hasInvalidText('\ud800')).toBe(true);
    expect(hasInvalidText('a\udc00b')).toBe(true);
    expect(hasInvalidText('\udc00\ud800')).toBe(true);
    expect(hasInvalidText('\u0000')).toBe(true);
    expect(hasInvalidText('😀 \ud83d\ude00')).toBe(false);
    expect(hasInvalidText('\u0001\u001f\uffff\ufffd')).toBe(false);
  });

  it('should agree with Node on well-formedness when given any UTF-16 string', () => {
    fc.assert(
      fc.property(
        // Halves that may or may not end up adjacent, plus full pairs and neighbours.
        fc.string({ unit: fc.constantFrom('a', 'é', '\u0000', '\ud83d', '\ude00', '😀', '\uffff') }),
        (text) => {
          expect(hasInvalidText(text)).toBe(!isWellFormed(text) || text.includes('\u0000'));
        },
      ),
    );
  });

  it('should reject a bad key without echoing its characters when a key holds NUL', () => {
    const problem = inspectInput({ profile: { ['first\u0000Name']: 'Ann' } }, 'body');
    expect(problem).toEqual({ kind: 'invalid_text', field: 'profile.first\ufffdName' });
  });

  it('should name the source when the whole value is a bad string', () => {
    expect(inspectInput('a\u0000', 'body')).toEqual({ kind: 'invalid_text', field: 'body' });
  });

  it('should shorten the reported path when keys are very long', () => {
    const problem = inspectInput({ ['k'.repeat(5000)]: '\u0000' }, 'query');
    expect(problem?.field.length).toBeLessThanOrEqual(201);
  });

  const cleanJson = fc
    .jsonValue({ maxDepth: 10 })
    .map(
      (value) => JSON.parse(JSON.stringify(value).replace(/\\u0000|\\ud[89a-f][0-9a-f]{2}/gi, '')) as unknown,
    );

  it('should find nothing when any JSON value of ordinary depth has well-formed text', () => {
    fc.assert(fc.property(cleanJson, (value) => inspectInput(value, 'body') === undefined));
  });

  it('should find the bad string after any clean sibling when one is planted', () => {
    fc.assert(
      fc.property(cleanJson, (value) => {
        expect(inspectInput({ data: value, target: ['x\u0000'] }, 'body')).toEqual({
          kind: 'invalid_text',
          field: 'target.0',
        });
      }),
    );
  });
});
