import type { IncomingMessage } from 'node:http';
import { Module, RequestMethod } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { LoggerModule } from 'nestjs-pino';
import { type LogFn, type Logger, stdSerializers } from 'pino';
import type { AllConfig } from 'src/config/config.types';
import { NodeEnv } from 'src/config/env.validation';
import { AppLogger } from 'src/logging/app-logger';
import { redactForLog, scrubUrls } from 'src/logging/log-redaction';
import { REQUEST_PROPS, requestLinesPrint, requestMixin } from 'src/logging/request-context';
import { requestIdFor } from 'src/logging/request-id';

/** pino's numeric level for `info`: lines below it (debug, trace) may show conversation text. */
const INFO = 30;
/** Every route, once (see `forRoutes` below). */
const ALL_ROUTES = { path: '{/*splat}', method: RequestMethod.ALL };
/** Keys pino serializes itself (below); the hook leaves their raw objects alone. */
const SERIALIZED_KEYS = new Set(['req', 'res', 'err']);

/**
 * Redacts every log call before pino formats it (src/logging/log-redaction.ts). Message strings
 * keep their URLs in development only: there the outbox prints sign-up and reset links for
 * the developer to open, and the terminal is theirs.
 */
const redactingHook = (nodeEnv: NodeEnv) =>
  function logMethod(this: Logger, args: Parameters<LogFn>, method: LogFn, level: number): void {
    const options = { keepContent: level < INFO };
    const redacted = args.map((arg: unknown) => {
      if (typeof arg === 'string') {
        return nodeEnv === NodeEnv.Development ? arg : scrubUrls(arg);
      }
      if (typeof arg !== 'object' || arg === null || arg instanceof Error) {
        return arg;
      }
      const entries = Object.entries(arg as Record<string, unknown>);
      const serialized = entries.filter(([key]) => SERIALIZED_KEYS.has(key));
      const plain = Object.fromEntries(entries.filter(([key]) => !SERIALIZED_KEYS.has(key)));
      return {
        ...(redactForLog(plain, options) as Record<string, unknown>),
        ...Object.fromEntries(serialized),
      };
    }) as Parameters<LogFn>;
    method.apply(this, redacted);
  };

// Readable lines for a person at a terminal during development; JSON everywhere else, which
// is what log shippers parse. pino-pretty is a dev dependency, absent from production images.
const prettyTransport = (nodeEnv: NodeEnv): { target: string; options: object } | undefined => {
  if (nodeEnv !== NodeEnv.Development || !process.stdout.isTTY) {
    return undefined;
  }
  try {
    require.resolve('pino-pretty');
  } catch {
    return undefined;
  }
  return {
    target: 'pino-pretty',
    options: { singleLine: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' },
  };
};

@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<AllConfig, true>) => {
        const level = config.get('app.logLevel', { infer: true });
        const quiet = !requestLinesPrint(level);
        return {
          // Explicit: the default adds routes excluded from the global prefix a second time,
          // which logs every /health request twice. Quiet (no request line can print): none at
          // all, so pino-http builds no per-request loggers; lines logged while handling a
          // request go through the root logger, and `bindRequest` (an onRequest hook registered
          // by configureApp) with `requestMixin`
          // still puts the request on them. (Not `useExisting`: that would log through Fastify's
          // request logger, which is off, and lose those lines.)
          forRoutes: quiet ? [] : [ALL_ROUTES],
          pinoHttp: {
            level,
            mixin: quiet ? requestMixin : undefined,
            transport: prettyTransport(config.get('app.nodeEnv', { infer: true })),
            // Fastify assigned the id (see app.factory.ts); every log line of the request carries it.
            genReqId: (req: IncomingMessage & { id?: string }) => req.id ?? requestIdFor(req),
            customProps: () => REQUEST_PROPS,
            hooks: { logMethod: redactingHook(config.get('app.nodeEnv', { infer: true })) },
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
                url: scrubUrls(req.url),
              }),
              err: (error: Error) => redactForLog(stdSerializers.err(error), { keepContent: false }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
            // Probes and scrapes would drown the useful lines.
            autoLogging: {
              ignore: (req: IncomingMessage) =>
                Boolean(req.url?.startsWith('/health') || req.url?.startsWith('/metrics')),
            },
          },
        };
      },
    }),
  ],
  providers: [AppLogger],
  exports: [AppLogger],
})
export class LoggingModule {}
