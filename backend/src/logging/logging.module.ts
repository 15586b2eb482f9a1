import type { IncomingMessage } from 'node:http';
import { Module, RequestMethod } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { LoggerModule } from 'nestjs-pino';
import type { AllConfig } from 'src/config/config.types';
import { requestIdFor } from 'src/logging/request-id';

@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<AllConfig, true>) => ({
        // Explicit: the default adds routes excluded from the global prefix a second time,
        // which logs every /health request twice.
        forRoutes: [{ path: '{/*splat}', method: RequestMethod.ALL }],
        pinoHttp: {
          level: config.get('app.logLevel', { infer: true }),
          // Fastify assigned the id (see app.factory.ts); every log line of the request carries it.
          genReqId: (req: IncomingMessage & { id?: string }) => req.id ?? requestIdFor(req),
          customProps: () => ({ service: 'api' }),
          redact: {
            paths: [
              'req.headers.authorization',
              'req.headers.cookie',
              'req.headers["x-api-key"]',
              'res.headers["set-cookie"]',
            ],
            censor: '[redacted]',
          },
          serializers: {
            req: (req: { id: string; method: string; url: string }) => ({
              id: req.id,
              method: req.method,
              url: req.url,
            }),
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
          },
          // Probes and scrapes would drown the useful lines.
          autoLogging: {
            ignore: (req: IncomingMessage) =>
              Boolean(req.url?.startsWith('/health') || req.url?.startsWith('/metrics')),
          },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
