import fc from 'fast-check';
import { scanJsonShape } from 'src/common/http/json-shape';

const scan = (text: string, maxDepth = 32, maxItems = 100) =>
  scanJsonShape(Buffer.from(text, 'utf8'), { maxDepth, maxItems });

// Reference values, from the parsed document rather than the text.
const depthOf = (value: unknown): number =>
  typeof value === 'object' && value !== null ? 1 + Math.max(0, ...Object.values(value).map(depthOf)) : 0;

describe('scanJsonShape', () => {
  it('should refuse nesting one level past the limit when counting brackets and braces', () => {
    expect(scan('[[[]]]', 3)).toBeUndefined();
    expect(scan('[[[[]]]]', 3)).toBe('too_deep');
    expect(scan('{"a":{"b":{"c":{}}}}', 3)).toBe('too_deep');
  });

  it('should refuse 5,000 levels without parsing when the body is a hostile array', () => {
    expect(scan(`${'['.repeat(5000)}${']'.repeat(5000)}`)).toBe('too_deep');
  });

  it('should ignore brackets, commas and escaped quotes inside strings when scanning text', () => {
    const text = JSON.stringify({ text: '[[[[{{{{,,,,]]]] \\" \\\\" "', emoji: '😀[' });
    expect(scan(text, 2, 3)).toBeUndefined();
  });

  it('should refuse a body with more items than allowed when arrays are long', () => {
    expect(scan(JSON.stringify(Array.from({ length: 100 }, () => 1)), 32, 100)).toBeUndefined();
    expect(scan(JSON.stringify(Array.from({ length: 101 }, () => 1)), 32, 100)).toBe('too_many_items');
    expect(scan(JSON.stringify(Array.from({ length: 60 }, () => [])), 32, 100)).toBe('too_many_items');
  });

  it('should agree with the parsed depth when given any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 1, max: 8 }), (value, maxDepth) => {
        const problem = scanJsonShape(Buffer.from(JSON.stringify(value)), { maxDepth, maxItems: 1e9 });
        expect(problem === 'too_deep').toBe(depthOf(value) > maxDepth);
      }),
    );
  });
});
