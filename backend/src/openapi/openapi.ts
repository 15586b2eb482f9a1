import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ErrorResponseDto } from 'src/common/dto/error-response.dto';

export const OPENAPI_JSON_PATH = 'api/openapi.json';
export const SWAGGER_UI_PATH = 'api/docs';

const ERROR_RESPONSES: Record<string, string> = {
  '400':
    'Invalid input: malformed JSON, nesting deeper than 32 levels (`json_too_deep`), text with NUL ' +
    'or unpaired surrogates (`invalid_text`, naming the field), failed validation or unknown fields.',
  '413': 'The request body is too large.',
  '404': 'Nothing with this id exists, or it belongs to someone else.',
  '414': 'A path parameter is too long.',
  '415': 'Unsupported content type.',
  '429': 'Too many requests; see the Retry-After header.',
  '500': 'Unexpected error; the body never contains internal details.',
  '503':
    'A dependency (database, Redis) is unavailable or the server is shutting down; retry after the Retry-After header.',
};

// Every route can meet bad query text, an outage or a bug; only routes with a body meet body
// limits and content types, only routes with path parameters their length limit and ids that
// name nothing (routes that say more about their 404 keep their own description).
const ALWAYS = ['400', '500', '503'];
const WITH_BODY = ['413', '415', '429'];
const WITH_PATH_PARAMS = ['404', '414'];

const errorContent = {
  'application/json': { schema: { $ref: '#/components/schemas/ErrorResponseDto' } },
};

// Every operation documents the shared error shape, so generated clients type their errors.
const addErrorResponses = (document: OpenAPIObject): void => {
  for (const [path, pathItem] of Object.entries(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = pathItem[method];
      if (!operation) {
        continue;
      }
      const codes = [
        ...ALWAYS,
        ...(method === 'get' || method === 'delete' ? [] : WITH_BODY),
        ...(path.includes('{') ? WITH_PATH_PARAMS : []),
      ];
      for (const code of codes) {
        operation.responses[code] ??= {
          description: ERROR_RESPONSES[code] ?? 'Error',
          content: errorContent,
        };
      }
    }
  }
};

// Swagger UI shows security requirements as a padlock only; say in words which API-key scope a
// route takes, so an integrator reading the docs knows what to grant. A route that refines its
// controller's @Auth() gets each scheme twice from the swagger module: keep one of each.
const describeApiKeyScopes = (document: OpenAPIObject): void => {
  for (const pathItem of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = pathItem[method];
      if (operation?.security) {
        const unique = new Map(
          operation.security.map((requirement) => [JSON.stringify(requirement), requirement]),
        );
        operation.security = [...unique.values()];
      }
      const scopes = operation?.security?.find((requirement) => 'api-key' in requirement)?.['api-key'];
      if (!operation || !scopes?.length) {
        continue;
      }
      const note = `API keys: needs the scope ${scopes.map((scope) => `\`${scope}\``).join(' and ')}.`;
      operation.description = operation.description ? `${operation.description}\n\n${note}` : note;
    }
  }
};

export const buildOpenApiDocument = (app: INestApplication): OpenAPIObject => {
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('Dev Coach API')
    .setDescription(
      'REST API of Dev Coach, the AI identity-coaching platform. Errors always have the shape ' +
        '`{ statusCode, code, message, details? }` with a stable `code`.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .addCookieAuth('dc_access', { type: 'apiKey', in: 'cookie', name: 'dc_access' }, 'cookie')
    .addApiKey(
      {
        type: 'apiKey',
        in: 'header',
        name: 'X-Api-Key',
        description:
          'A key made in the back office (API keys), sent as `X-Api-Key: dck_…`. It works only on ' +
          'routes that list its scope; "Authorize" here keeps it for "Try it out" across reloads.',
      },
      'api-key',
    )
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [ErrorResponseDto],
    operationIdFactory: (_controllerKey, methodKey) => methodKey,
  });
  addErrorResponses(document);
  describeApiKeyScopes(document);
  return document;
};

export const setupOpenApi = (app: INestApplication): void => {
  SwaggerModule.setup(SWAGGER_UI_PATH, app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: OPENAPI_JSON_PATH,
    raw: ['json'],
    customSiteTitle: 'Dev Coach API',
    swaggerOptions: { persistAuthorization: true, withCredentials: true },
  });
};
