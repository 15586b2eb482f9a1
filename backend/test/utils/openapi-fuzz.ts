import * as fc from 'fast-check';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  fillPath,
  type JsonSchema,
  type OpenApiDocument,
  type Operation,
  pathParameters,
  resolveSchema,
  type ResponseValidator,
} from 'test/utils/openapi';

// Requests generated from the OpenAPI document with fast-check: bodies, path parameters, queries
// and headers drawn from each operation's schemas, mostly valid and sometimes hostile, sent as a
// client, as staff and anonymously. Every answer is checked against the document.

export type Caller = 'client' | 'staff' | 'anonymous';
export const CALLERS: readonly Caller[] = ['client', 'staff', 'anonymous'];

export interface FuzzRequest {
  caller: Caller;
  url: string;
  /** Raw text, so bodies that are not JSON at all can be sent too. */
  payload?: string;
  contentType?: string;
  headers: Record<string, string>;
}

/** One kind of failure on one operation, with the first request that showed it. */
export interface FuzzFinding {
  operation: string;
  problem: string;
  count: number;
  example: { caller: Caller; url: string; payload?: string; status: number; body: string };
}

/** Text that has broken parsers, databases and URL handling before. */
const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '\u202e\u0000',
  '../../../../etc/passwd',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '%00',
  '%',
  '-1',
  '0',
  '1e309',
  '99999999999999999999999',
  'null',
  'undefined',
  '[]',
  '{}',
  '["createdAt","DESC"]',
  '[0,1e9]',
  '{"q":{"$gt":""}}',
  '__proto__',
  'constructor',
  '00000000-0000-0000-0000-000000000000',
  'x'.repeat(5000),
];

const hostileString = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 2, arbitrary: fc.string({ maxLength: 40, unit: 'binary' }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  );

/** Any JSON at all, including nesting deeper than the API allows. */
const wildValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 2, arbitrary: hostileString() },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 80 }).map((depth) => nest(depth)) },
    { weight: 1, arbitrary: fc.constantFrom(null, true, -1, 0, 1.5, Number.MAX_SAFE_INTEGER, [], {}) },
  );

const nest = (depth: number): unknown => {
  let value: unknown = 1;
  for (let level = 0; level < depth; level += 1) {
    value = [value];
  }
  return value;
};

const typesOf = (schema: JsonSchema): string[] =>
  schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];

const validString = (schema: JsonSchema): fc.Arbitrary<string> => {
  switch (schema.format ?? '') {
    case 'email':
      return fc.emailAddress();
    case 'uuid':
      return fc.uuid();
    case 'date-time':
      return fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((date) => date.toISOString());
    case 'date':
      return fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((date) => date.toISOString().slice(0, 10));
    default:
      return fc.string({
        minLength: schema.minLength ?? 0,
        maxLength: Math.min(schema.maxLength ?? 60, 200),
      });
  }
};

/**
 * Values for `schema`. With `chaos` > 0 any node may instead be a wild value (wrong type, hostile
 * text, deep nesting), objects may lose required keys or gain unknown ones.
 */
export const valueFor = (
  document: OpenApiDocument,
  input: JsonSchema,
  chaos: number,
  depth = 0,
): fc.Arbitrary<unknown> => {
  const schema = resolveSchema(document, input);
  const valid = validValueFor(document, schema, chaos, depth);
  if (chaos <= 0) {
    return valid;
  }
  return fc.oneof(
    { weight: 10, arbitrary: valid },
    { weight: Math.round(chaos * 10), arbitrary: wildValue() },
  );
};

const validValueFor = (
  document: OpenApiDocument,
  schema: JsonSchema,
  chaos: number,
  depth: number,
): fc.Arbitrary<unknown> => {
  const examples = schema.example === undefined ? [] : [fc.constant(schema.example)];
  if (schema.enum) {
    return fc.constantFrom(...schema.enum);
  }
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) {
    return fc.oneof(...variants.map((variant) => valueFor(document, variant, chaos, depth + 1)));
  }
  if (schema.allOf && schema.allOf.length > 1) {
    const merged: JsonSchema = { type: 'object', properties: {}, required: [] };
    for (const part of schema.allOf.map((entry) => resolveSchema(document, entry))) {
      Object.assign(merged.properties ?? {}, part.properties);
      merged.required?.push(...(part.required ?? []));
    }
    return validValueFor(document, merged, chaos, depth);
  }
  const types = typesOf(schema);
  const options: fc.Arbitrary<unknown>[] = [...examples];
  for (const type of types.length > 0 ? types : schema.properties ? ['object'] : ['string']) {
    options.push(valueOfType(document, schema, type, chaos, depth));
  }
  return options.length === 1 ? options[0] : fc.oneof(...options);
};

const valueOfType = (
  document: OpenApiDocument,
  schema: JsonSchema,
  type: string,
  chaos: number,
  depth: number,
): fc.Arbitrary<unknown> => {
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -10, max: schema.maximum ?? 1000 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -10, max: schema.maximum ?? 1000, noNaN: true });
    case 'array': {
      if (depth > 4) {
        return fc.constant([]);
      }
      return fc.array(valueFor(document, schema.items ?? {}, chaos, depth + 1), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 3, 3),
      });
    }
    case 'object':
      return objectFor(document, schema, chaos, depth);
    default:
      return validString(schema);
  }
};

const objectFor = (
  document: OpenApiDocument,
  schema: JsonSchema,
  chaos: number,
  depth: number,
): fc.Arbitrary<unknown> => {
  if (depth > 4) {
    return fc.constant({});
  }
  const properties = Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([name, property]) => [
      name,
      valueFor(document, property, chaos, depth + 1),
    ]),
  );
  const record = fc.record(properties, { requiredKeys: schema.required ?? [] });
  if (chaos <= 0) {
    return record;
  }
  // Mass assignment and missing fields: an unknown (or privileged-sounding) key, or a required one gone.
  return fc.oneof(
    { weight: 6, arbitrary: record },
    {
      weight: 1,
      arbitrary: fc
        .tuple(record, fc.constantFrom('role', 'isActive', 'userId', 'id', '__proto__', 'extra'), wildValue())
        .map(([value, key, extra]) => ({ ...(value as object), [key]: extra })),
    },
    {
      weight: 1,
      arbitrary: fc.record(properties, { requiredKeys: [] }),
    },
  );
};

const pathValue = (ids: readonly string[]): fc.Arbitrary<string> =>
  fc.oneof(
    ...(ids.length > 0 ? [{ weight: 4, arbitrary: fc.constantFrom(...ids) }] : []),
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: hostileString().filter((value) => value.length > 0) },
    { weight: 1, arbitrary: fc.constant('x'.repeat(300)) },
  );

const queryValue = (document: OpenApiDocument, schema: JsonSchema | undefined): fc.Arbitrary<string> =>
  fc.oneof(
    {
      weight: 3,
      arbitrary: valueFor(document, schema ?? {}, 0).map((value) =>
        typeof value === 'string' ? value : JSON.stringify(value),
      ),
    },
    { weight: 2, arbitrary: hostileString() },
  );

/** One operation's requests: caller, path, query, headers and body all drawn together. */
export const requestArbitrary = (
  document: OpenApiDocument,
  operation: Operation,
  ids: readonly string[],
): fc.Arbitrary<FuzzRequest> => {
  const parameters = operation.spec.parameters ?? [];
  const pathValues = fc.record(
    Object.fromEntries(pathParameters(operation).map((parameter) => [parameter.name, pathValue(ids)])),
  );
  const queries = parameters.filter((parameter) => parameter.in === 'query');
  const queryValues = fc.record(
    Object.fromEntries(queries.map((parameter) => [parameter.name, queryValue(document, parameter.schema)])),
    { requiredKeys: queries.filter((parameter) => parameter.required).map((parameter) => parameter.name) },
  );
  const headerParameters = parameters.filter((parameter) => parameter.in === 'header');
  const headerValues = fc.record(
    Object.fromEntries(
      headerParameters.map((parameter) => [
        parameter.name,
        fc.oneof(
          fc.uuid(),
          fc.string({ maxLength: 80 }).filter((value) => /^[\x20-\x7e]*$/.test(value)),
        ),
      ]),
    ),
    { requiredKeys: [] },
  );
  const bodySchema = operation.spec.requestBody?.content['application/json']?.schema;
  const body: fc.Arbitrary<{ payload?: string; contentType?: string }> = bodySchema
    ? fc.oneof(
        {
          weight: 8,
          arbitrary: valueFor(document, bodySchema, 0.3).map((value) => ({
            payload: JSON.stringify(value),
            contentType: 'application/json',
          })),
        },
        {
          weight: 3,
          arbitrary: valueFor(document, bodySchema, 0).map((value) => ({
            payload: JSON.stringify(value),
            contentType: 'application/json',
          })),
        },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            { payload: '{"broken":', contentType: 'application/json' },
            { payload: '', contentType: 'application/json' },
            { payload: 'email=a%00b', contentType: 'application/x-www-form-urlencoded' },
            { payload: 'hello', contentType: 'text/plain' },
            { payload: `{"a":${'['.repeat(3000)}${']'.repeat(3000)}}`, contentType: 'application/json' },
          ),
        },
      )
    : fc.constant({});
  return fc
    .record({
      caller: fc.constantFrom(...CALLERS),
      path: pathValues,
      query: queryValues,
      headers: headerValues,
      body,
    })
    .map(({ caller, path, query, headers, body: { payload, contentType } }) => {
      const search = new URLSearchParams(query).toString();
      return {
        caller,
        url: `${fillPath(operation.path, path)}${search ? `?${search}` : ''}`,
        payload,
        contentType,
        headers: headers as Record<string, string>,
      };
    });
};

export interface FuzzOptions {
  runsPerOperation: number;
  seed: number;
  /** Bearer headers per signed-in caller; looked up before each request so a revoked session can be renewed. */
  authFor: (caller: Caller) => Promise<Record<string, string>>;
  /** Ids worth trying in path parameters (rows that exist), besides random ones. */
  ids: readonly string[];
  /** Longest an answer may take before it counts as a hang. */
  timeoutMs?: number;
}

export interface FuzzResult {
  requests: number;
  perOperation: number;
  operations: number;
  serverErrors: number;
  undocumented: number;
  schemaMismatches: number;
  findings: FuzzFinding[];
}

const withTimeout = <T>(work: Promise<T>, ms: number): Promise<T | 'timeout'> =>
  Promise.race([work, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms).unref())]);

/** Sends `runsPerOperation` generated requests to every operation and collects what broke. */
export const fuzzOperations = async (
  app: NestFastifyApplication,
  document: OpenApiDocument,
  operations: readonly Operation[],
  validator: ResponseValidator,
  options: FuzzOptions,
): Promise<FuzzResult> => {
  const findings = new Map<string, FuzzFinding>();
  const result: FuzzResult = {
    requests: 0,
    perOperation: options.runsPerOperation,
    operations: operations.length,
    serverErrors: 0,
    undocumented: 0,
    schemaMismatches: 0,
    findings: [],
  };
  for (const [index, operation] of operations.entries()) {
    const samples = fc.sample(requestArbitrary(document, operation, options.ids), {
      numRuns: options.runsPerOperation,
      seed: options.seed + index,
    });
    for (const request of samples) {
      const headers = {
        ...request.headers,
        ...(request.contentType ? { 'content-type': request.contentType } : {}),
        ...(request.caller === 'anonymous' ? {} : await options.authFor(request.caller)),
      };
      const answer = await withTimeout(
        app.inject({
          method: operation.method.toUpperCase() as 'GET',
          url: request.url,
          headers,
          payload: request.payload,
        }),
        options.timeoutMs ?? 15_000,
      );
      result.requests += 1;
      const status = answer === 'timeout' ? 0 : answer.statusCode;
      const body = answer === 'timeout' ? '' : answer.body;
      let problem: string | undefined;
      if (answer === 'timeout') {
        problem = 'no answer in time';
      } else {
        problem = validator.check(
          operation,
          status,
          answer.headers['content-type'] as string | undefined,
          body,
        ).problem;
        if (status >= 500) {
          result.serverErrors += 1;
          problem = `status ${status}`;
        } else if (problem?.includes('not documented')) {
          result.undocumented += 1;
        } else if (problem) {
          result.schemaMismatches += 1;
        }
      }
      if (problem) {
        const key = `${operation.key} ${problem}`;
        const existing = findings.get(key);
        if (existing) {
          existing.count += 1;
        } else {
          findings.set(key, {
            operation: operation.key,
            problem,
            count: 1,
            example: {
              caller: request.caller,
              url: request.url,
              payload: request.payload?.slice(0, 300),
              status,
              body: body.slice(0, 300),
            },
          });
        }
      }
    }
  }
  result.findings = [...findings.values()];
  return result;
};
