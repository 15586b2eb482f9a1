import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

// Reading the API's own OpenAPI document in tests: the operations it lists, the schemas of their
// bodies and parameters, and a validator that checks a response against what the document says.
// Tests built on it (fuzzing, the authorization matrix) cover new routes without being edited.

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  format?: string;
  example?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  additionalProperties?: boolean | JsonSchema;
};

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

interface OpenApiMediaType {
  schema?: JsonSchema;
}

export interface OpenApiOperation {
  operationId?: string;
  parameters?: OpenApiParameter[];
  requestBody?: { required?: boolean; content: Record<string, OpenApiMediaType> };
  responses: Record<string, { description?: string; content?: Record<string, OpenApiMediaType> }>;
  security?: Record<string, string[]>[];
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, JsonSchema> };
}

export const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface Operation {
  method: HttpMethod;
  path: string;
  /** `GET /api/v1/identities/{id}`: how findings and figures name an operation. */
  key: string;
  spec: OpenApiOperation;
}

/** The document exactly as the running app serves it (not the committed copy, which may lag). */
export const fetchOpenApiDocument = async (app: NestFastifyApplication): Promise<OpenApiDocument> => {
  const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
  if (res.statusCode !== 200) {
    throw new Error(`GET /api/openapi.json answered ${res.statusCode}`);
  }
  return res.json<OpenApiDocument>();
};

export const listOperations = (document: OpenApiDocument): Operation[] =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    HTTP_METHODS.flatMap((method) => {
      const spec = item[method];
      return spec ? [{ method, path, key: `${method.toUpperCase()} ${path}`, spec }] : [];
    }),
  );

export const isAdminPath = (path: string): boolean => path.startsWith('/api/v1/admin/');

export const isPublic = (operation: Operation): boolean => (operation.spec.security ?? []).length === 0;

export const pathParameters = (operation: Operation): OpenApiParameter[] =>
  (operation.spec.parameters ?? []).filter((parameter) => parameter.in === 'path');

// encodeURIComponent throws on a lone surrogate; a hostile client would send its three bytes
// (WTF-8) anyway, which is what the server must cope with.
const encodeSegment = (value: string): string =>
  value.replace(/[\s\S]/gu, (char) => {
    const code = char.charCodeAt(0);
    if (char.length === 1 && code >= 0xd800 && code <= 0xdfff) {
      return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((byte) => `%${byte.toString(16).toUpperCase()}`)
        .join('');
    }
    return encodeURIComponent(char);
  });

/** `/a/{id}/b` with every `{name}` replaced by `values[name]`, URL-encoded. */
export const fillPath = (path: string, values: Record<string, string>): string =>
  path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeSegment(values[name] ?? ''));

const REF_PREFIX = '#/components/schemas/';

/** Follows `$ref` (and single-element `allOf`, how Nest wraps a described $ref) to the schema. */
export const resolveSchema = (document: OpenApiDocument, schema: JsonSchema): JsonSchema => {
  if (schema.$ref?.startsWith(REF_PREFIX)) {
    const target = document.components.schemas[schema.$ref.slice(REF_PREFIX.length)];
    if (!target) {
      throw new Error(`Unresolved ${schema.$ref}`);
    }
    return resolveSchema(document, target);
  }
  if (schema.allOf?.length === 1 && !schema.properties) {
    return resolveSchema(document, schema.allOf[0] ?? {});
  }
  return schema;
};

export interface ResponseCheck {
  /** Undefined when the status and body match the document. */
  problem?: string;
}

/**
 * Checks a response against its operation: the status must be listed, and a JSON body must match
 * the listed schema. Ajv compiles every component schema once, under the document's own $refs.
 */
export class ResponseValidator {
  private readonly ajv: Ajv2020;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(document: OpenApiDocument) {
    // strict: false because OpenAPI adds keywords (example) that are not JSON Schema.
    this.ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: 'openapi', components: document.components });
  }

  check(operation: Operation, status: number, contentType: string | undefined, body: string): ResponseCheck {
    const documented = operation.spec.responses[String(status)];
    if (!documented) {
      return { problem: `status ${status} is not documented` };
    }
    const schema = documented.content?.['application/json']?.schema;
    if (!schema || !contentType?.startsWith('application/json')) {
      return {};
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return { problem: `status ${status} body is not JSON` };
    }
    const validate = this.validatorFor(operation.key, status, schema);
    if (validate(parsed)) {
      return {};
    }
    const first = validate.errors?.[0];
    return {
      problem: `status ${status} body breaks its schema at ${first?.instancePath || '/'}: ${first?.message}`,
    };
  }

  private validatorFor(operationKey: string, status: number, schema: JsonSchema): ValidateFunction {
    const key = `${operationKey} ${status}`;
    let validate = this.compiled.get(key);
    if (!validate) {
      const rewritten = JSON.parse(
        JSON.stringify(schema).replaceAll(`"${REF_PREFIX}`, '"openapi#/components/schemas/'),
      );
      validate = this.ajv.compile(rewritten as object);
      this.compiled.set(key, validate);
    }
    return validate;
  }
}
