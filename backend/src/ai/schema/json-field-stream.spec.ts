import fc from 'fast-check';
import { JsonFieldStream } from 'src/ai/schema/json-field-stream';

const feed = (chunks: string[]): string => {
  const stream = new JsonFieldStream('message');
  return chunks.map((chunk) => stream.push(chunk)).join('');
};

describe('JsonFieldStream', () => {
  it('should emit the message text while the JSON streams when the field comes first', () => {
    const stream = new JsonFieldStream('message');
    expect(stream.push('{"mess')).toBe('');
    expect(stream.push('age": "Hel')).toBe('Hel');
    expect(stream.push('lo\\nthere')).toBe('lo\nthere');
    expect(stream.complete).toBe(false);
    expect(stream.push('", "actions": [{"type": "x", "params": {"message": "no"}}]}')).toBe('');
    expect(stream.complete).toBe(true);
  });

  it('should ignore same-named keys when they are nested or values of other keys', () => {
    expect(feed(['{"actions":[{"message":"nested"}],"note":"message","message":"top"}'])).toBe('top');
  });

  it('should decode escapes and surrogate pairs when they are split across chunks', () => {
    expect(feed(['{"message":"a\\', 'u00e9 \\ud83d', '\\ude00 \\"q\\""}'])).toBe('aé 😀 "q"');
  });

  it('should yield exactly the parsed message when the JSON is cut at arbitrary points', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.record({ type: fc.string(), params: fc.dictionary(fc.string(), fc.string()) }), {
          maxLength: 3,
        }),
        fc.array(fc.nat(), { maxLength: 10 }),
        (message, actions, cuts) => {
          const text = JSON.stringify({ actions, message, other: '{"message":"x"}' });
          const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
          const chunks = [0, ...points, text.length]
            .slice(1)
            .map((end, index, ends) => text.slice(index === 0 ? 0 : ends[index - 1], end));
          expect(feed(chunks)).toBe(message);
        },
      ),
    );
  });
});
