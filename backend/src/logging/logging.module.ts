import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { LoggerModule } from 'nestjs-pino';
import type { AllConfig } from 'src/config/config.types';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

// Reuse a caller's X-Request-Id when it is sane so logs join up across services.
export const requestIdFor = (req: IncomingMessage): string => {
  const header = req.headers['x-request-id'];
  const candidate = Array.isArray(header) ? header[0] : header;
  return candidate && REQUEST_ID.test(candidate) ? candidate : randomUUID();
};

@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<AllConfig, true>) => ({
        pinoHttp: {
          level: config.get('app.logLevel', { infer: true }),
          genReqId: (req: IncomingMessage, res: ServerResponse) => {
            const id = requestIdFor(req);
            res.setHeader('x-request-id', id);
            return id;
          },
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
