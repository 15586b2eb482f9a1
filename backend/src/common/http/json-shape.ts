/** What a JSON text may contain before it is parsed at all. */
export interface JsonShapeLimits {
  /** Deepest nesting of arrays and objects. */
  maxDepth: number;
  /** Most array elements plus object members (commas and opening brackets, roughly values). */
  maxItems: number;
}

export type JsonShapeProblem = 'too_deep' | 'too_many_items';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/**
 * One pass over the raw bytes, before JSON.parse: counts nesting and items outside strings.
 * Parsing and validating cost grows with the number of values (class-transformer spends ~7 µs on
 * each array or object), so a small body of `[[],[],…]` is refused here in microseconds. UTF-8
 * continuation bytes are all >= 0x80 and never look like structure. Malformed JSON may be
 * miscounted; JSON.parse rejects it next anyway.
 */
export const scanJsonShape = (bytes: Uint8Array, limits: JsonShapeLimits): JsonShapeProblem | undefined => {
  let depth = 0;
  let items = 0;
  let inString = false;
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index];
    if (inString) {
      if (byte === BACKSLASH) {
        index += 1;
      } else if (byte === QUOTE) {
        inString = false;
      }
      continue;
    }
    switch (byte) {
      case QUOTE:
        inString = true;
        break;
      case OPEN_BRACKET:
      case OPEN_BRACE:
        depth += 1;
        items += 1;
        if (depth > limits.maxDepth) {
          return 'too_deep';
        }
        if (items > limits.maxItems) {
          return 'too_many_items';
        }
        break;
      case CLOSE_BRACKET:
      case CLOSE_BRACE:
        depth -= 1;
        break;
      case COMMA:
        items += 1;
        if (items > limits.maxItems) {
          return 'too_many_items';
        }
        break;
      default:
        break;
    }
  }
  return undefined;
};
