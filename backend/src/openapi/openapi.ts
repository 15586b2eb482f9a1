import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ErrorResponseDto } from 'src/common/dto/error-response.dto';

export const OPENAPI_JSON_PATH = 'api/openapi.json';
export const SWAGGER_UI_PATH = 'api/docs';

const ERROR_RESPONSES: Record<string, string> = {
  '400': 'Invalid input: malformed JSON, failed validation or unknown fields.',
  '413': 'The request body is too large.',
  '415': 'Unsupported content type.',
  '429': 'Too many requests; see the Retry-After header.',
  '500': 'Unexpected error; the body never contains internal details.',
};

const errorContent = {
  'application/json': { schema: { $ref: '#/components/schemas/ErrorResponseDto' } },
};

// Every operation documents the shared error shape, so generated clients type their errors.
const addErrorResponses = (document: OpenAPIObject): void => {
  for (const pathItem of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = pathItem[method];
      if (!operation) {
        continue;
      }
      const codes = method === 'get' || method === 'delete' ? ['500'] : Object.keys(ERROR_RESPONSES);
      for (const code of codes) {
        operation.responses[code] ??= {
          description: ERROR_RESPONSES[code] ?? 'Error',
          content: errorContent,
        };
      }
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
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key' }, 'api-key')
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [ErrorResponseDto],
    operationIdFactory: (_controllerKey, methodKey) => methodKey,
  });
  addErrorResponses(document);
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
