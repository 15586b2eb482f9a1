import type { IncomingMessage } from 'node:http';
import fastifyCookie from '@fastify/cookie';
import { type INestApplication, RequestMethod, type Type } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from 'src/app.module';
import { AppLogger } from 'src/logging/app-logger';
import { registerSecurityHeaders } from 'src/common/security/security-headers';
import { AllExceptionsFilter } from 'src/common/filters/all-exceptions.filter';
import { createValidationPipe } from 'src/common/pipes/validation.pipe';
import { requestIdFor } from 'src/logging/request-id';
import { buildAppConfig } from 'src/config/app.config';
import type { AllConfig } from 'src/config/config.types';
import { setupOpenApi } from 'src/openapi/openapi';
import { registerStaticApps } from 'src/static/static-assets';

export const API_PREFIX = 'api/v1';

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
    return503OnClosing: true,
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
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      void reply.header('x-request-id', request.id);
      done();
    });

  registerSecurityHeaders(app.getHttpAdapter().getInstance());
  // Session cookies (dc_access, dc_refresh, dc_csrf): see src/auth/auth-cookies.ts.
  await app.register(fastifyCookie);
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
