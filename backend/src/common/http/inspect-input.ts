/** Deepest nesting of arrays and objects a request may send; real payloads stay under 6. */
export const MAX_INPUT_DEPTH = 32;

const MAX_FIELD_LENGTH = 200;

// An unpaired UTF-16 surrogate. With the `u` flag a valid pair is one code point, so only lone
// halves match. PostgreSQL cannot store them (nor NUL), and encodeURI throws on them.
const LONE_SURROGATE = /\p{Cs}/u;
const INVALID_CHARACTERS = /[\p{Cs}\u0000]/gu; // eslint-disable-line no-control-regex

export type InputProblem = { kind: 'too_deep'; field: string } | { kind: 'invalid_text'; field: string };

/** True when `text` holds U+0000 or an unpaired surrogate. */
export const hasInvalidText = (text: string): boolean => text.includes('\u0000') || LONE_SURROGATE.test(text);

interface Frame {
  value: object;
  keys: readonly string[] | undefined; // undefined for arrays, which are walked by index
  length: number;
  next: number;
  key: string;
  parent?: Frame;
}

// Dotted like the validation pipe's fields (`items.0.name`), printable, and short: the path is
// echoed to the client and must not carry the offending characters back.
const pathOf = (frame: Frame, lastKey: string): string => {
  const keys = [lastKey];
  for (let current: Frame | undefined = frame; current?.parent; current = current.parent) {
    keys.push(current.key);
  }
  const path = keys.reverse().join('.').replace(INVALID_CHARACTERS, '\uFFFD');
  return path.length > MAX_FIELD_LENGTH ? `${path.slice(0, MAX_FIELD_LENGTH)}…` : path;
};

const frameFor = (value: object, key: string, parent?: Frame): Frame => {
  const keys = Array.isArray(value) ? undefined : Object.keys(value);
  return { value, keys, length: keys ? keys.length : (value as unknown[]).length, next: 0, key, parent };
};

/**
 * Finds the first problem, in document order, in a parsed request value (body, query or params):
 * nesting deeper than `maxDepth`, or a string or key with text PostgreSQL cannot store.
 * Iterative, so hostile depth cannot overflow the stack, and it stops at the first container
 * past the limit.
 */
export const inspectInput = (
  value: unknown,
  root: string,
  maxDepth: number = MAX_INPUT_DEPTH,
): InputProblem | undefined => {
  if (typeof value === 'string') {
    return hasInvalidText(value) ? { kind: 'invalid_text', field: root } : undefined;
  }
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  const stack: Frame[] = [frameFor(value, '')];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    if (frame.next >= frame.length) {
      stack.pop();
      continue;
    }
    const index = frame.next;
    frame.next += 1;
    const key = frame.keys ? frame.keys[index] : String(index);
    if (frame.keys && hasInvalidText(key)) {
      return { kind: 'invalid_text', field: pathOf(frame, key) };
    }
    const child = (frame.value as Record<string, unknown>)[key];
    if (typeof child === 'string') {
      if (hasInvalidText(child)) {
        return { kind: 'invalid_text', field: pathOf(frame, key) };
      }
    } else if (typeof child === 'object' && child !== null) {
      if (stack.length >= maxDepth) {
        return { kind: 'too_deep', field: pathOf(frame, key) };
      }
      stack.push(frameFor(child, key, frame));
    }
  }
  return undefined;
};
