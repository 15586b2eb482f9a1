import { jsonCandidates } from 'src/ai/schema/json-recovery';
// The subset of JSON Schema our response formats use. It is also what OpenAI's strict
// structured outputs accept, so one schema serves the provider and our own validation.
export type JsonSchema =
  | {
      type: 'object';
      properties: Record<string, JsonSchema>;
      required: string[];
      additionalProperties: false;
      description?: string;
    }
  | {
      type: 'array';
      items: JsonSchema;
      minItems?: number;
      maxItems?: number;
      description?: string;
    }
  | { type: 'string'; enum?: string[]; minLength?: number; maxLength?: number; description?: string }
  | { type: 'integer' | 'number'; description?: string }
  | { type: 'boolean'; description?: string }
  | { anyOf: JsonSchema[]; description?: string }
  /**
   * Any JSON value. Only for `ResponseFormat.accepts` (what a caller checks itself): a provider
   * is never sent this, since strict structured outputs reject it.
   */
  | { anyValue: true; description?: string };

export interface SchemaViolation {
  /** JSON path of the offending value, e.g. `actions[1].params.category`. */
  path: string;
  message: string;
}

const typeOf = (value: unknown): string => {
  if (value === null) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return 'array';
  }
  return Number.isInteger(value) ? 'integer' : typeof value;
};

const join = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

const readTag = (value: unknown): unknown =>
  typeof value === 'object' && value !== null && 'type' in value ? value.type : undefined;

const check = (schema: JsonSchema, value: unknown, path: string, out: SchemaViolation[]): void => {
  const at = path || '(root)';
  if ('anyValue' in schema) {
    return;
  }
  if ('anyOf' in schema) {
    const attempts = schema.anyOf.map((option) => {
      const found: SchemaViolation[] = [];
      check(option, value, path, found);
      return found;
    });
    if (attempts.some((found) => found.length === 0)) {
      return;
    }
    // Tagged unions ({ type: enum, params }): report the option whose tag matched, else the tags.
    const tagPath = join(path, 'type');
    const tagged = attempts.find((found) => !found.some((violation) => violation.path === tagPath));
    if (tagged) {
      out.push(...tagged);
      return;
    }
    const tags = schema.anyOf.flatMap((option) =>
      'type' in option &&
      option.type === 'object' &&
      option.properties.type &&
      'enum' in option.properties.type
        ? (option.properties.type.enum ?? [])
        : [],
    );
    out.push(
      tags.length > 0
        ? {
            path: tagPath,
            message: `must be one of ${tags.join(', ')}; got ${JSON.stringify(readTag(value))}`,
          }
        : { path: at, message: 'matches none of the allowed shapes' },
    );
    return;
  }
  const actual = typeOf(value);
  switch (schema.type) {
    case 'object': {
      if (actual !== 'object') {
        out.push({ path: at, message: `must be an object, got ${actual}` });
        return;
      }
      const record = value as Record<string, unknown>;
      for (const key of schema.required) {
        if (!(key in record)) {
          out.push({ path: join(path, key), message: 'is required' });
        }
      }
      for (const [key, child] of Object.entries(record)) {
        const childSchema = schema.properties[key];
        if (!childSchema) {
          out.push({ path: join(path, key), message: 'is not allowed' });
        } else {
          check(childSchema, child, join(path, key), out);
        }
      }
      return;
    }
    case 'array': {
      if (!Array.isArray(value)) {
        out.push({ path: at, message: `must be an array, got ${actual}` });
        return;
      }
      if (schema.minItems !== undefined && value.length < schema.minItems) {
        out.push({ path: at, message: `must have at least ${schema.minItems} item(s)` });
      }
      if (schema.maxItems !== undefined && value.length > schema.maxItems) {
        out.push({ path: at, message: `must have at most ${schema.maxItems} item(s)` });
      }
      value.forEach((item, index) => check(schema.items, item, join(path, index), out));
      return;
    }
    case 'string': {
      if (typeof value !== 'string') {
        out.push({ path: at, message: `must be a string, got ${actual}` });
        return;
      }
      if (schema.enum && !schema.enum.includes(value)) {
        out.push({ path: at, message: `must be one of ${schema.enum.join(', ')}; got "${value}"` });
      }
      if (schema.minLength !== undefined && value.length < schema.minLength) {
        out.push({ path: at, message: `must be at least ${schema.minLength} character(s)` });
      }
      if (schema.maxLength !== undefined && value.length > schema.maxLength) {
        out.push({ path: at, message: `must be at most ${schema.maxLength} characters` });
      }
      return;
    }
    case 'integer':
      if (actual !== 'integer') {
        out.push({ path: at, message: `must be an integer, got ${actual}` });
      }
      return;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        out.push({ path: at, message: `must be a number, got ${actual}` });
      }
      return;
    case 'boolean':
      if (typeof value !== 'boolean') {
        out.push({ path: at, message: `must be a boolean, got ${actual}` });
      }
      return;
  }
};

/** Every way `value` violates `schema`; empty when it conforms. */
export const validateJsonSchema = (schema: JsonSchema, value: unknown): SchemaViolation[] => {
  const out: SchemaViolation[] = [];
  check(schema, value, '', out);
  return out;
};

export type ParsedOutput =
  /** `recovered`: the object was found inside the text (a fence, prose, a repeat). */
  | { ok: true; value: unknown; recovered: boolean }
  | { ok: false; reason: 'malformed_json' | 'schema_violation'; message: string };

/**
 * Parse model output and check it, without ever returning a half-parsed value. A fenced,
 * wrapped or doubled object is recovered here (the first candidate that conforms wins); only
 * when nothing parses is the reply `malformed_json`.
 */
export const parseStructuredOutput = (schema: JsonSchema, text: string): ParsedOutput => {
  let parseError: unknown = null;
  let firstViolations: SchemaViolation[] | null = null;
  for (const candidate of jsonCandidates(text)) {
    let value: unknown;
    try {
      value = JSON.parse(candidate) as unknown;
    } catch (error) {
      parseError ??= error;
      continue;
    }
    const violations = validateJsonSchema(schema, value);
    if (violations.length === 0) {
      return { ok: true, value, recovered: candidate !== text };
    }
    firstViolations ??= violations;
  }
  if (!firstViolations) {
    return {
      ok: false,
      reason: 'malformed_json',
      message: `The reply was not valid JSON (${parseError instanceof Error ? parseError.message : 'parse error'}).`,
    };
  }
  const listed = firstViolations
    .slice(0, 8)
    .map((violation) => `${violation.path} ${violation.message}`)
    .join('; ');
  return {
    ok: false,
    reason: 'schema_violation',
    message: `The reply did not match the schema: ${listed}.`,
  };
};
