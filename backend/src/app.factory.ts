import type { IncomingMessage } from 'node:http';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import { type INestApplication, RequestMethod, type Type } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from 'src/app.module';
import { AppLogger } from 'src/logging/app-logger';
import { registerNoStoreForApi, registerSecurityHeaders } from 'src/common/security/security-headers';
import { AllExceptionsFilter } from 'src/common/filters/all-exceptions.filter';
import { createValidationPipe } from 'src/common/pipes/validation.pipe';
import {
  handleClientError,
  handleFrameworkError,
  registerDrainResponse,
} from 'src/common/http/framework-errors';
import { registerInputGuard } from 'src/common/http/input-guard';
import { registerRequestLimits } from 'src/common/http/request-limits';
import { bindRequest, requestLinesPrint } from 'src/logging/request-context';
import { requestIdFor } from 'src/logging/request-id';
import { buildAppConfig } from 'src/config/app.config';
import type { AllConfig } from 'src/config/config.types';
import { setupOpenApi } from 'src/openapi/openapi';
import { registerStaticApps } from 'src/static/static-assets';

export const API_PREFIX = 'api/v1';

// Ordinary routes take a handful of fields or at most 500 ids. Prompt versions (20,000
// characters) and previews carrying a client's whole context (up to ~40,000 values) need more;
// those routes are staff-only, and anonymous bodies there are refused by the guard before
// class-transformer copies them.
const ORDINARY_JSON_ITEMS = 2_000;
const LARGE_BODY_BYTES = 1024 * 1024;
const LARGE_JSON_ITEMS = 50_000;
const LARGE_BODY_ROUTES = [`/${API_PREFIX}/admin/prompts`];
// An eval report carries every transcript: about 0.8 MB and 18,000 values for 12 demo personas.
const REPORT_LIMITS = { bodyBytes: 2 * 1024 * 1024, maxJsonItems: 100_000 };
const REPORT_ROUTES = [`/${API_PREFIX}/admin/evals`];

export interface CreateAppOptions {
  /** Serve web/ and admin/ builds (single-process mode). Defaults to the SERVE_STATIC setting. */
  serveStatic?: boolean;
  /** Where web/dist and admin/dist are looked up; the repository root by default. */
  staticRoot?: string;
  /** Tests wrap AppModule to add probe routes; production always uses AppModule. */
  rootModule?: Type;
}

export interface CreatedApp {
  app: NestFastifyApplication;
  servedApps: string[];
}

// Probes and scrapes live at fixed absolute paths; everything else is versioned under /api/v1.
export const applyGlobalPrefix = (app: INestApplication): void => {
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health/*path', method: RequestMethod.ALL },
      { path: 'metrics', method: RequestMethod.ALL },
    ],
  });
};

const createAdapter = (): FastifyAdapter => {
  const { bodyLimitBytes, trustProxyHops } = buildAppConfig();
  return new FastifyAdapter({
    bodyLimit: bodyLimitBytes,
    // Nest's pino logger does request logging; Fastify's own would duplicate every line.
    logger: false,
    // Only trusted hops may set X-Forwarded-For; otherwise clients could pick their own IP
    // and walk around per-IP rate limits.
    trustProxy: (_address: string, hop: number) => hop < trustProxyHops,
    // Keep-alive sockets must not hold shutdown hostage.
    forceCloseConnections: 'idle',
    // registerDrainResponse answers requests that arrive while closing, in our error shape.
    return503OnClosing: false,
    // The router's and Node's parser's own error bodies echo the URL; ours never do.
    frameworkErrors: handleFrameworkError,
    clientErrorHandler: handleClientError,
    // Stored on the raw request too, so pino-http logs the same id Fastify uses.
    genReqId: (req: IncomingMessage) => {
      const id = requestIdFor(req);
      Object.assign(req, { id });
      return id;
    },
  });
};

// Everything main.ts, worker-less test apps and the OpenAPI generator share, so the app
// under test is the app in production.
export const configureApp = async (
  app: NestFastifyApplication,
  options: CreateAppOptions = {},
): Promise<string[]> => {
  const config = app.get<ConfigService<AllConfig, true>>(ConfigService);
  const appSettings = config.get('app', { infer: true });

  app.useLogger(app.get(AppLogger));
  applyGlobalPrefix(app);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  const fastify = app.getHttpAdapter().getInstance();
  // With request lines off, the request is still named on the warnings and errors logged while
  // handling it. A Fastify hook, not Nest middleware: that would mount @fastify/middie's
  // per-request engine for this one function.
  if (!requestLinesPrint(appSettings.logLevel)) {
    fastify.addHook('onRequest', (request, reply, done) => bindRequest(request.raw, reply.raw, done));
  }
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  registerDrainResponse(fastify);
  registerRequestLimits(app, {
    ordinary: { bodyBytes: appSettings.bodyLimitBytes, maxJsonItems: ORDINARY_JSON_ITEMS },
    large: {
      bodyBytes: Math.max(LARGE_BODY_BYTES, appSettings.bodyLimitBytes),
      maxJsonItems: LARGE_JSON_ITEMS,
    },
    largeRoutes: LARGE_BODY_ROUTES,
    report: { limits: REPORT_LIMITS, routes: REPORT_ROUTES },
  });
  registerInputGuard(fastify);

  registerSecurityHeaders(fastify);
  registerNoStoreForApi(fastify, API_PREFIX);
  // Session cookies (dc_access, dc_refresh, dc_csrf): see src/auth/auth-cookies.ts.
  await app.register(fastifyCookie);
  // Studio reference photos (src/studio/studio-upload.ts sets the per-route file limits).
  await app.register(fastifyMultipart, { limits: { files: 1, fields: 0, parts: 1 } });
  app.enableCors({
    origin: appSettings.corsOrigins,
    credentials: true,
    allowedHeaders: [
      'Content-Type',
      'Authorization',
      'X-Api-Key',
      'X-CSRF-Token',
      'Idempotency-Key',
      'Last-Event-ID',
      'X-Request-Id',
    ],
    exposedHeaders: ['Content-Range', 'Retry-After', 'X-Request-Id'],
  });
  setupOpenApi(app);

  const serveStatic = options.serveStatic ?? appSettings.serveStatic;
  return serveStatic ? registerStaticApps(app, options.staticRoot ?? appSettings.repoRoot) : [];
};

export const createApp = async (options: CreateAppOptions = {}): Promise<CreatedApp> => {
  const app = await NestFactory.create<NestFastifyApplication>(
    options.rootModule ?? AppModule,
    createAdapter(),
    {
      bufferLogs: true,
      abortOnError: false,
    },
  );
  const servedApps = await configureApp(app, options);
  return { app, servedApps };
};
